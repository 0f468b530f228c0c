#include "views/maps/MapRenderer.h"

#include <QFile>
#include <QPainter>
#include <QPainterPath>
#include <cmath>

#include "util/Error.h"

namespace {

using taxa::geo::MapWindow;

const QColor kSea(0xdc, 0xe8, 0xf1);
const QColor kLand(0xf8, 0xf6, 0xf0);
const QColor kOffWorld(0xc9, 0xcd, 0xd2);  // beyond the poles or the date line
const QColor kShore(0x7f, 0x8f, 0x9c);
const QColor kLake(0xa9, 0xc4, 0xd8);
const QColor kGraticule(0xe0, 0xe7, 0xed);

// Degrees per pixel below which the finer coastline layer is drawn.
constexpr double kFineBelow = 0.12;

// Shore and lake paths in degrees (x = longitude, y = -latitude), per level of detail, built
// once.
struct CoastPaths {
    QPainterPath shore, lakes;
};

const std::vector<CoastPaths>& coastPaths() {
    static const std::vector<CoastPaths> paths = [] {
        std::vector<CoastPaths> out;
        for (const taxa::geo::CoastLayer& l : embeddedCoastlines().layers) {
            CoastPaths c;
            for (size_t p = 0; p < l.polylines(); ++p) {
                QPainterPath& path = l.level[p] == 1 ? c.shore : c.lakes;
                const uint32_t a = l.start[p], b = l.start[p + 1];
                path.moveTo(l.lon[a] / 100.0, -l.lat[a] / 100.0);
                for (uint32_t i = a + 1; i < b; ++i)
                    path.lineTo(l.lon[i] / 100.0, -l.lat[i] / 100.0);
            }
            out.push_back(std::move(c));
        }
        return out;
    }();
    return paths;
}

// Degrees to device pixels.
QTransform degreesToPixels(const MapWindow& w) {
    const double sx = w.width / (w.east - w.west), sy = w.height / (w.north - w.south);
    return QTransform(sx, 0, 0, sy, -w.west * sx, w.north * sy);
}

// The land mask, one byte per cell (decoded once).
const std::vector<uint8_t>& landCells() {
    static const std::vector<uint8_t> cells = embeddedCoastlines().land.decode();
    return cells;
}

// Sea, land and off-world, pixel by pixel from the land mask (nearest cell).
void paintGround(QImage& image, const MapWindow& w) {
    const taxa::geo::LandMask& mask = embeddedCoastlines().land;
    const std::vector<uint8_t>& land = landCells();
    const QRgb sea = kSea.rgb(), ground = kLand.rgb(), off = kOffWorld.rgb();
    const double lonStep = (w.east - w.west) / w.width, latStep = (w.north - w.south) / w.height;
    const double cellsPerDegree = mask.width / 360.0;
    std::vector<int> column(static_cast<size_t>(w.width));  // mask column of each pixel, -1 off
    for (int x = 0; x < w.width; ++x) {
        const double lon = w.west + (x + 0.5) * lonStep;
        column[static_cast<size_t>(x)] =
            lon < -180 || lon >= 180
                ? -1
                : std::min(mask.width - 1, static_cast<int>((lon + 180) * cellsPerDegree));
    }
    for (int y = 0; y < w.height; ++y) {
        auto* row = reinterpret_cast<QRgb*>(image.scanLine(y));
        const double lat = w.north - (y + 0.5) * latStep;
        if (lat <= -90 || lat > 90) {
            std::fill(row, row + w.width, off);
            continue;
        }
        const int my = std::min(mask.height - 1, static_cast<int>((90 - lat) * cellsPerDegree));
        const uint8_t* cells =
            land.empty() ? nullptr
                         : &land[static_cast<size_t>(my) * static_cast<size_t>(mask.width)];
        for (int x = 0; x < w.width; ++x) {
            const int mx = column[static_cast<size_t>(x)];
            row[x] = mx < 0 ? off : cells && cells[mx] ? ground : sea;
        }
    }
}

void drawBase(QPainter& p, const MapWindow& w) {
    const QTransform t = degreesToPixels(w);
    const double degreesPerPixel = (w.east - w.west) / w.width;
    const double step = degreesPerPixel > 0.1 ? 30 : degreesPerPixel > 0.02 ? 10 : 2;
    p.setPen(QPen(kGraticule, 1));
    for (double lon = -180; lon <= 180; lon += step)
        p.drawLine(t.map(QLineF(lon, -90, lon, 90)));
    for (double lat = -90; lat <= 90; lat += step)
        p.drawLine(t.map(QLineF(-180, -lat, 180, -lat)));
    const auto& paths = coastPaths();
    if (paths.empty()) return;
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setBrush(Qt::NoBrush);
    p.setTransform(t);
    const CoastPaths& c = paths[degreesPerPixel < kFineBelow && paths.size() > 1 ? 1 : 0];
    QPen pen(kLake, 0.8);
    pen.setCosmetic(true);  // the same width whatever the zoom
    p.setPen(pen);
    p.drawPath(c.lakes);
    pen.setColor(kShore);
    pen.setWidthF(1.0);
    p.setPen(pen);
    p.drawPath(c.shore);
    p.resetTransform();
}

void drawSymbols(QPainter& p, const MapLayer& layer, const MapWindow& w, bool dots) {
    const QTransform t = degreesToPixels(w);
    const QRectF inside(-4, -4, w.width + 8, w.height + 8);
    std::vector<QPointF> points;
    points.reserve(layer.lon.size());
    for (size_t i = 0; i < layer.lon.size(); ++i) {
        const QPointF q = t.map(QPointF(layer.lon[i], -layer.lat[i]));
        if (inside.contains(q)) points.push_back(q);
    }
    if (dots) {  // many: squares of two pixels, no antialiasing, see-through where they pile up
        p.setRenderHint(QPainter::Antialiasing, false);
        const bool crowded = points.size() > 5000;
        QColor c = layer.color;
        c.setAlpha(crowded ? 170 : 230);
        p.setPen(QPen(c, crowded ? 1.0 : 2.0, Qt::SolidLine, Qt::SquareCap));
        p.drawPoints(points.data(), static_cast<int>(points.size()));
        return;
    }
    p.setRenderHint(QPainter::Antialiasing, true);
    for (const QPointF& q : points)
        drawMarker(p, layer.marker, layer.color, q, 3.5);
}

// The layer's points counted in cells of @p cell x @p cell pixels of @p w.
taxa::geo::DensityGrid binCells(const MapLayer& layer, const MapWindow& w, int cell) {
    MapWindow coarse = w;
    coarse.width = (w.width + cell - 1) / cell;
    coarse.height = (w.height + cell - 1) / cell;
    // Cells cover a whole number of pixels: the coarse window reaches past the edge a little.
    coarse.east = w.west + (w.east - w.west) * coarse.width * cell / w.width;
    coarse.south = w.north - (w.north - w.south) * coarse.height * cell / w.height;
    return taxa::geo::binPoints(layer.lon.data(), layer.lat.data(), layer.lon.size(), coarse);
}

// Cells shaded from faint to full layer colour on a log scale of their counts.
void drawDensity(QPainter& p, const MapLayer& layer, const MapWindow& w, int cell) {
    const taxa::geo::DensityGrid g = binCells(layer, w, cell);
    if (g.maxCount == 0) return;
    QImage shade(g.width, g.height, QImage::Format_ARGB32_Premultiplied);
    shade.fill(Qt::transparent);
    const double top = std::log1p(static_cast<double>(g.maxCount));
    const QColor light = layer.color.lighter(150), dark = layer.color.darker(150);
    for (int y = 0; y < g.height; ++y) {
        auto* row = reinterpret_cast<QRgb*>(shade.scanLine(y));
        for (int x = 0; x < g.width; ++x) {
            const uint32_t c = g.counts[static_cast<size_t>(y) * static_cast<size_t>(g.width) +
                                        static_cast<size_t>(x)];
            if (!c) continue;
            const double t = top > 0 ? std::log1p(static_cast<double>(c)) / top : 1.0;
            const double alpha = 0.45 + 0.55 * t;
            const auto mix = [&](int a, int b) { return static_cast<int>(a + (b - a) * t); };
            row[x] =
                qPremultiply(qRgba(mix(light.red(), dark.red()), mix(light.green(), dark.green()),
                                   mix(light.blue(), dark.blue()), static_cast<int>(255 * alpha)));
        }
    }
    p.setRenderHint(QPainter::SmoothPixmapTransform, false);
    p.drawImage(QRect(0, 0, g.width * cell, g.height * cell), shade);
}

// Over another layer's shading: one dot per cell that holds points, sized by how many, so the
// shading beneath stays visible.
void drawCellDots(QPainter& p, const MapLayer& layer, const MapWindow& w, int cell) {
    const taxa::geo::DensityGrid g = binCells(layer, w, cell);
    if (g.maxCount == 0) return;
    const double top = std::log1p(static_cast<double>(g.maxCount));
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(QPen(Qt::white, 0.6));
    p.setBrush(layer.color);
    for (int y = 0; y < g.height; ++y)
        for (int x = 0; x < g.width; ++x) {
            const uint32_t n = g.counts[static_cast<size_t>(y) * static_cast<size_t>(g.width) +
                                        static_cast<size_t>(x)];
            if (!n) continue;
            const double r = 0.18 * cell * (1 + (top > 0 ? std::log1p(n) / top : 1));
            p.drawEllipse(QPointF((x + 0.5) * cell, (y + 0.5) * cell), r, r);
        }
}

}  // namespace

void drawMarker(QPainter& p, MapLayer::Marker marker, const QColor& color, QPointF at, double r) {
    switch (marker) {
        case MapLayer::Dot:
            p.setPen(QPen(color.darker(140), 0.8));
            p.setBrush(color);
            p.drawEllipse(at, r, r);
            break;
        case MapLayer::Ring:
            p.setPen(QPen(color, 1.8));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(at, r + 1, r + 1);
            break;
        case MapLayer::Cross:
            p.setPen(QPen(color, 2.2));
            p.drawLine(at + QPointF(-r, -r), at + QPointF(r, r));
            p.drawLine(at + QPointF(-r, r), at + QPointF(r, -r));
            break;
    }
}

const taxa::geo::Coastlines& embeddedCoastlines() {
    static const taxa::geo::Coastlines coast = [] {
        QFile f(QStringLiteral(":/maps/coastlines.bin"));
        if (!f.open(QIODevice::ReadOnly)) return taxa::geo::Coastlines{};
        const QByteArray bytes = f.readAll();
        try {
            return taxa::geo::parseCoastlines(
                std::string_view(bytes.constData(), static_cast<size_t>(bytes.size())),
                "coastlines.bin");
        } catch (const taxa::Error&) {
            return taxa::geo::Coastlines{};  // a map without shores is still a map
        }
    }();
    return coast;
}

QImage renderMap(const MapScene& scene, const MapWindow& w, const MapStyle& style,
                 std::vector<LayerDrawn>* drawn) {
    if (drawn) drawn->assign(scene.size(), {});
    if (w.width <= 0 || w.height <= 0 || !(w.east > w.west) || !(w.north > w.south)) return {};
    QImage image(w.width, w.height, QImage::Format_ARGB32_Premultiplied);
    paintGround(image, w);
    QPainter p(&image);
    drawBase(p, w);
    bool shaded = false;  // one layer at most is a shading; the others go over it as dots
    for (size_t i = 0; i < scene.size(); ++i) {
        const MapLayer& layer = scene[i];
        // Counting what is in view costs one pass; binning at a coarse size does that cheaply.
        MapWindow probe = w;
        probe.width = probe.height = 1;
        const int64_t inView =
            taxa::geo::binPoints(layer.lon.data(), layer.lat.data(), layer.lon.size(), probe)
                .inside;
        LayerDrawn d{inView, inView > style.symbolsUpTo ? LayerDrawn::Dots : LayerDrawn::Symbols};
        if (shaded && d.mode == LayerDrawn::Dots)
            d.mode = LayerDrawn::CellDots;
        else if (!shaded && inView > style.dotsUpTo)
            d.mode = LayerDrawn::Shading;
        switch (d.mode) {
            case LayerDrawn::Shading:
                drawDensity(p, layer, w, std::max(1, style.densityCell));
                shaded = true;
                break;
            case LayerDrawn::CellDots:
                drawCellDots(p, layer, w, std::max(2, 3 * style.densityCell));
                break;
            default:
                if (inView > 0) drawSymbols(p, layer, w, d.mode == LayerDrawn::Dots);
        }
        if (drawn) (*drawn)[i] = d;
    }
    return image;
}
