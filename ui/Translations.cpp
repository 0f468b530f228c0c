#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

bool installTranslations(QCoreApplication& app, const QLocale& locale) {
    // Owned by the application; replaced when the locale changes.
    static QTranslator* own = nullptr;
    static QTranslator* qt = nullptr;
    for (QTranslator** t : {&own, &qt}) {
        if (*t) {
            app.removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    own = new QTranslator(&app);
    const bool found =
        own->load(locale, QStringLiteral("taxa"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    if (found) app.installTranslator(own);
    qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    return found;
}
