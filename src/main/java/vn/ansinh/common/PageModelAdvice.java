package vn.ansinh.common;

import jakarta.servlet.http.HttpServletRequest;
import java.beans.PropertyEditorSupport;
import java.text.ParseException;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page needs: its own path (for the language switch) and strict dd/MM/yyyy dates in forms. */
@ControllerAdvice(annotations = Controller.class)
class PageModelAdvice {

    private static final VietnameseDateFormatter DATES = new VietnameseDateFormatter();

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @InitBinder
    void strictDates(WebDataBinder binder) {
        binder.registerCustomEditor(LocalDate.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                if (text == null || text.isBlank()) {
                    setValue(null);
                    return;
                }
                try {
                    setValue(DATES.parse(text, Locale.ROOT));
                } catch (ParseException e) {
                    throw new IllegalArgumentException(e);
                }
            }

            @Override
            public String getAsText() {
                return getValue() == null ? "" : Formats.date((LocalDate) getValue());
            }
        });
    }
}
