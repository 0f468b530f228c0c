#pragma once
/// @file FeatureMapRaster.h
/// @brief Drawing a feature map of up to hundreds of thousands of points into an image with
/// plain pixel writes (no QPainter per point: bench/bench_featuremap_view measures both), the
/// colour of every point by what the user chose, and the points inside a drawn shape.

#include <QImage>
#include <QPolygonF>
#include <QRgb>
#include <QSize>
#include <QString>
#include <QStringList>
#include <vector>

#include "state/AnalysisResult.h"
#include "state/FeatureMapPoints.h"

/// @brief What a point's colour says.
enum class MapColouring {
    Supercategory,
    Correctness,  ///< Right or wrong first guess (val images of the analysis).
    Split,
    Bucket,  ///< The training-count bucket of the point's species.
};

/// @brief Each point's colour as an index into a small palette, with the legend.
struct PointColours {
    std::vector<uint8_t> index;  ///< Per point.
    std::vector<QRgb> palette;
    QStringList names;            ///< Legend entry of each palette colour.
    std::vector<int64_t> counts;  ///< Points of each palette colour.
};

/// @brief Colours @p points by @p mode; @p result (may be null) decides right and wrong.
PointColours colourPoints(const FeatureMapPoints& points, const LoadedDataset& data,
                          const AnalysisResult* result, MapColouring mode);

/// @brief A view of the map: its centre, map units per device pixel, and the image size.
/// Map y grows upwards on screen.
struct MapView {
    double cx = 0, cy = 0, scale = 1;
    QSize size;
    /// @brief The view that shows @p b whole in @p size, with a margin.
    static MapView fit(const MapBounds& b, QSize size);
    QPointF toScreen(double x, double y) const;
    QPointF toMap(QPointF screen) const;
};

/// @brief Side of a point's square in device pixels: one pixel when hundreds of thousands share
/// the screen, larger for small maps and as the view zooms in (@p zoom: the fit scale divided
/// by the view's).
int dotSize(size_t points, double zoom);

/// @brief Draws @p points into @p image (resized to the view, background filled). With
/// @p highlighted non-empty, the other points are faded and these are drawn larger on top.
void rasterise(QImage& image, const FeatureMapPoints& points, const PointColours& colours,
               const MapView& view, int dot, const std::vector<int32_t>& highlighted = {});

/// @brief Points drawn inside @p shape (device pixels of @p view), as the user sees them: the
/// shape is filled into a mask at screen resolution and each point's pixel is looked up.
std::vector<int32_t> pointsInside(const FeatureMapPoints& points, const MapView& view,
                                  const QPolygonF& shape);
