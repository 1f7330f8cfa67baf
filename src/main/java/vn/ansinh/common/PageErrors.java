package vn.ansinh.common;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Bad input on a page that has no form to show it in (a page number, a month in the address): the 400 page lists
 * what is wrong, in the user's language. Ordered after {@link ApiExceptionHandler}, which answers the API in JSON.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

    @ExceptionHandler(InvalidInput.class)
    String invalid(InvalidInput e, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("fieldErrors", e.errors());
        return "error/400";
    }

    /** A form sent again after its work was done (a double click, the back button): 409, the page says to reload. */
    @ExceptionHandler(ConflictException.class)
    String conflict(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        return "error/409";
    }

    /** A form field the form does not have, e.g. {@code members[100000].fullName}: a forged or broken form. */
    @ExceptionHandler(InvalidPropertyException.class)
    String unknownField(Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return "error/400";
    }
}
