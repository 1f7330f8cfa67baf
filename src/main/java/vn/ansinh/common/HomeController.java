package vn.ansinh.common;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.ansinh.common.access.CurrentUser;

/** The home page: the signed-in user's work, one {@link HomeSection} per module that has some for their role. */
@Controller
class HomeController {

    private final ObjectProvider<HomeSection> sections;
    private final CurrentUser currentUser;

    HomeController(ObjectProvider<HomeSection> sections, CurrentUser currentUser) {
        this.sections = sections;
        this.currentUser = currentUser;
    }

    @GetMapping("/")
    String home(Model model) {
        List<HomeSection.Card> cards = currentUser.find().map(user -> sections.stream()
                .sorted(Comparator.comparingInt(HomeSection::order))
                .map(s -> s.cardFor(user)).flatMap(Optional::stream).toList()).orElse(List.of());
        model.addAttribute("cards", cards);
        return "home";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
