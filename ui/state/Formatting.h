#pragma once
/// @file Formatting.h
/// @brief How the analysis views write fractions and probabilities, in the user's locale.

#include <QLocale>
#include <QString>

/// @brief A fraction as a percentage with one decimal: 0.4567 -> "45.7%".
inline QString percentText(double fraction) {
    return QLocale().toString(100 * fraction, 'f', 1) + QLatin1Char('%');
}

/// @brief A probability as a percentage that stays readable when tiny: "45.7%", "0.089%",
/// "<0.001%".
inline QString probabilityText(double p) {
    const QLocale locale;
    if (p > 0 && p < 1e-5)
        return QStringLiteral("<") + locale.toString(0.001, 'f', 3) + QLatin1Char('%');
    return locale.toString(100 * p, 'f', p < 0.001 ? 3 : 1) + QLatin1Char('%');
}
