#pragma once
/// @file MapRenderer.h
/// @brief Draws a world map into a QImage, off the GUI thread: coastlines (GSHHG, embedded),
/// a graticule, and layers of observations, each as symbols when few, small dots when more, and
/// a density shading when many (all of iNat 2018's 437,513 training images at once).

#include <QColor>
#include <QImage>
#include <QPointF>
#include <QString>
#include <memory>
#include <vector>

#include "geo/CoastlineFile.h"
#include "geo/DensityGrid.h"

/// @brief One set of points drawn alike.
struct MapLayer {
    enum Marker { Dot, Ring, Cross };
    QString label;
    QColor color;
    Marker marker = Dot;
    std::vector<float> lon, lat;  ///< Degrees.
};

/// @brief Everything a map shows; shared read-only with the render thread.
using MapScene = std::vector<MapLayer>;

/// @brief How a layer came out in the last rendering.
struct LayerDrawn {
    /// A symbol per point; a small dot per point; a shading of counts per cell; a dot per cell
    /// (over another layer's shading).
    enum Mode { Symbols, Dots, Shading, CellDots };
    int64_t inView = 0;
    Mode mode = Symbols;
};

/// @brief Thresholds between the ways of drawing a layer. One layer at most is shaded; a
/// later layer with more than symbolsUpTo points in view goes over it as a dot per cell.
struct MapStyle {
    int64_t symbolsUpTo = 2000;  ///< At most this many in view: a symbol each.
    int64_t dotsUpTo = 30000;    ///< At most this many: a small dot each; beyond: shading.
    int densityCell = 3;         ///< Side of a shading cell in device pixels.
};

class QPainter;

/// @brief One point's symbol, of radius about @p r pixels (the map's and its legend's).
void drawMarker(QPainter& p, MapLayer::Marker marker, const QColor& color, QPointF at, double r);

/// @brief The embedded coastlines (parsed once, on first use, from :/maps/coastlines.bin).
const taxa::geo::Coastlines& embeddedCoastlines();

/// @brief Draws @p scene in window @p w (w.width x w.height device pixels). Thread-safe.
/// @p drawn, when given, receives one entry per layer.
QImage renderMap(const MapScene& scene, const taxa::geo::MapWindow& w, const MapStyle& style = {},
                 std::vector<LayerDrawn>* drawn = nullptr);
