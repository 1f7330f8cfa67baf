package vn.ansinh.common;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.util.Locale;

/**
 * User-facing words of code that runs without the application's MessageSource (the rule engine in scenario runs
 * and benchmarks, entities): one {@code i18n/} bundle, in the request's locale, Vietnamese outside a request.
 */
public final class BundleTexts {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();

    public BundleTexts(String basename) {
        bundle.setBasename(basename);
        // the application's own loader: a rule worker of the common pool has the system loader as its context loader,
        // which cannot see the bundles inside the packaged jar
        bundle.setBundleClassLoader(BundleTexts.class.getClassLoader());
        bundle.setDefaultEncoding("UTF-8");
        bundle.setFallbackToSystemLocale(false);
    }

    public String text(String key, Object... args) {
        return textIn(currentLocale(), key, args);
    }

    /** The text in a given language (work handed to another thread, which has no request locale of its own). */
    public String textIn(Locale locale, String key, Object... args) {
        return bundle.getMessage(key, args, locale);
    }

    /** The text in a given language, or {@code fallback} when the bundle has no such key. */
    public String textOr(Locale locale, String key, String fallback) {
        return bundle.getMessage(key, null, fallback, locale);
    }

    /** The request's locale, Vietnamese outside a request. */
    public static Locale currentLocale() {
        return LocaleContextHolder.getLocaleContext() == null ? VIETNAMESE : LocaleContextHolder.getLocale();
    }
}
