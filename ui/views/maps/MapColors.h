#pragma once
/// @file MapColors.h
/// @brief The colours that tell train from val, and one species from another, on every map.

#include <QColor>

inline QColor mapTrainColor() {
    return QColor(0x2f, 0x6e, 0xba);  // blue
}
inline QColor mapValColor() {
    return QColor(0xe0, 0x6c, 0x00);  // orange
}
/// @brief The two species of a confused pair.
inline QColor mapSpeciesAColor() {
    return QColor(0x2f, 0x6e, 0xba);
}
inline QColor mapSpeciesBColor() {
    return QColor(0xc0, 0x2f, 0x6a);  // crimson
}
