#pragma once
/// @file SupercategoryColors.h
/// @brief One colour per supercategory, the same in every plot and view.

#include <QColor>
#include <QString>

/// @brief Colour of a supercategory. The 14 of iNat 2018 have fixed colours chosen to tell
/// neighbours apart (plants green, birds blue, insects amber...); other names get a colour from
/// a fallback palette by @p index.
QColor supercategoryColor(const QString& name, int index);
