#pragma once
/// @file Translations.h
/// @brief Loads the UI translation for a locale (German and Simplified Chinese ship with the
/// app, compiled into it) plus Qt's own for standard dialogs.

#include <QLocale>

class QCoreApplication;

/// @brief Installs translators for @p locale on @p app; returns true if the app's own
/// translation for that locale was found. Safe to call again with another locale.
bool installTranslations(QCoreApplication& app, const QLocale& locale);
