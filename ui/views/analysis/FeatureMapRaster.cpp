#include "views/analysis/FeatureMapRaster.h"

#include <QCoreApplication>
#include <QPainter>
#include <algorithm>
#include <cmath>

#include "dataset/Buckets.h"
#include "views/common/SupercategoryColors.h"

namespace {

const QRgb kBackground = qRgb(0xfb, 0xfb, 0xfb);
const QRgb kNone = qRgb(0xc4, 0xc4, 0xc4);

QString tr(const char* text) {
    return QCoreApplication::translate("FeatureMapView", text);
}

PointColours bySupercategory(const FeatureMapPoints& p, const LoadedDataset& data) {
    PointColours c;
    const auto& names = data.taxonomy.supercategories();
    for (size_t s = 0; s < names.size(); ++s) {
        const QString name = QString::fromStdString(names[s]);
        c.palette.push_back(supercategoryColor(name, int(s)).rgb());
        c.names << name;
    }
    const auto none = uint8_t(std::min<size_t>(names.size(), 254));
    c.palette.resize(size_t(none) + 1, kNone);
    while (c.names.size() < int(c.palette.size()))
        c.names << tr("No label");
    c.index.resize(p.count());
    for (size_t i = 0; i < p.count(); ++i)
        c.index[i] =
            p.classes[i] < 0
                ? none
                : uint8_t(std::min<int32_t>(data.taxonomy.supercategoryOf(p.classes[i]), none));
    return c;
}

PointColours byCorrectness(const FeatureMapPoints& p, const AnalysisResult* r) {
    PointColours c{{},
                   {qRgb(0x2c, 0xa0, 0x2c), qRgb(0xd6, 0x27, 0x28), kNone},
                   {tr("Right first guess"), tr("Wrong first guess"), tr("Not predicted")},
                   {}};
    c.index.resize(p.count());
    for (size_t i = 0; i < p.count(); ++i) {
        const int32_t row = r ? r->rowOfImage(p.images[i]) : -1;
        const auto& guesses =
            row >= 0 ? r->predictions.rows[size_t(row)].classes : std::vector<int32_t>{};
        c.index[i] = guesses.empty() ? 2 : guesses.front() == p.classes[i] ? 0 : 1;
    }
    return c;
}

PointColours bySplit(const FeatureMapPoints& p) {
    PointColours c{{},
                   {qRgb(0x4c, 0x78, 0xa8), qRgb(0xf5, 0x85, 0x18), qRgb(0x8c, 0x8c, 0x8c)},
                   {tr("Train"), tr("Val"), tr("Test")},
                   {}};
    c.index.resize(p.count());
    for (size_t i = 0; i < p.count(); ++i)
        c.index[i] = std::min<uint8_t>(p.splits[i], 2);
    return c;
}

PointColours byBucket(const FeatureMapPoints& p, const LoadedDataset& data) {
    // Dark to light as species get more training images (viridis at 8 steps).
    static const QRgb ramp[] = {0x440154, 0x46327e, 0x365c8d, 0x277f8e,
                                0x1fa187, 0x4ac16d, 0xa0da39, 0xfde725};
    const std::vector<int64_t> edges = taxa::defaultBucketEdges();
    PointColours c;
    for (size_t b = 0; b + 1 < edges.size(); ++b) {
        c.palette.push_back(0xff000000u | ramp[std::min<size_t>(b, 7)]);
        c.names << tr("%1-%2 training images").arg(edges[b]).arg(edges[b + 1] - 1);
    }
    const auto none = uint8_t(c.palette.size());
    c.palette.push_back(kNone);
    c.names << tr("Outside the buckets");
    c.index.resize(p.count());
    for (size_t i = 0; i < p.count(); ++i) {
        const int32_t k = p.classes[i];
        const int b = k < 0 ? -1 : taxa::bucketOf(data.trainCounts[size_t(k)], edges);
        c.index[i] = b < 0 ? none : uint8_t(b);
    }
    return c;
}

}  // namespace

PointColours colourPoints(const FeatureMapPoints& points, const LoadedDataset& data,
                          const AnalysisResult* result, MapColouring mode) {
    PointColours c = mode == MapColouring::Supercategory ? bySupercategory(points, data)
                     : mode == MapColouring::Correctness ? byCorrectness(points, result)
                     : mode == MapColouring::Split       ? bySplit(points)
                                                         : byBucket(points, data);
    c.counts.assign(c.palette.size(), 0);
    for (uint8_t k : c.index)
        ++c.counts[k];
    return c;
}

MapView MapView::fit(const MapBounds& b, QSize size) {
    MapView v;
    v.size = size;
    v.cx = 0.5 * (double(b.minX) + b.maxX);
    v.cy = 0.5 * (double(b.minY) + b.maxY);
    const double w = std::max(1, size.width() - 24), h = std::max(1, size.height() - 24);
    v.scale = std::max(double(b.width()) / w, double(b.height()) / h);
    return v;
}

QPointF MapView::toScreen(double x, double y) const {
    return {(x - cx) / scale + 0.5 * size.width(), 0.5 * size.height() - (y - cy) / scale};
}

QPointF MapView::toMap(QPointF s) const {
    return {cx + (s.x() - 0.5 * size.width()) * scale, cy - (s.y() - 0.5 * size.height()) * scale};
}

int dotSize(size_t points, double zoom) {
    const int base = points > 150000 ? 1 : points > 15000 ? 2 : 3;
    const int boost = zoom >= 16 ? 2 : zoom >= 4 ? 1 : 0;
    return std::min(base + boost, 5);
}

namespace {

QRgb faded(QRgb c) {
    // A quarter of the colour on the background: still readable as a cloud, clearly behind.
    auto mix = [](int a, int b) { return (a + 3 * b) / 4; };
    return qRgb(mix(qRed(c), qRed(kBackground)), mix(qGreen(c), qGreen(kBackground)),
                mix(qBlue(c), qBlue(kBackground)));
}

// The per-point loop of rasterise(): transform, clip, fill a dot x dot square.
template <class Points>
void drawDots(QImage& image, const FeatureMapPoints& p, const Points& which,
              const std::vector<uint8_t>& index, const std::vector<QRgb>& palette, const MapView& v,
              int dot) {
    const int w = image.width(), h = image.height();
    const auto stride = size_t(image.bytesPerLine() / 4);
    auto* px = reinterpret_cast<QRgb*>(image.bits());
    const double inv = 1.0 / v.scale, ox = 0.5 * w - v.cx * inv, oy = 0.5 * h + v.cy * inv;
    const int half = dot / 2;
    for (const size_t i : which) {
        const int x = int(std::floor(p.xy[2 * i] * inv + ox)) - half;
        const int y = int(std::floor(oy - p.xy[2 * i + 1] * inv)) - half;
        if (x + dot <= 0 || y + dot <= 0 || x >= w || y >= h) continue;
        const QRgb colour = palette[index[i]];
        for (int yy = std::max(y, 0); yy < std::min(y + dot, h); ++yy)
            for (int xx = std::max(x, 0); xx < std::min(x + dot, w); ++xx)
                px[size_t(yy) * stride + size_t(xx)] = colour;
    }
}

// All points 0..n-1 as a range, without materialising the indices.
struct AllPoints {
    size_t n;
    struct It {
        size_t i;
        size_t operator*() const { return i; }
        It& operator++() { return ++i, *this; }
        bool operator!=(const It& o) const { return i != o.i; }
    };
    It begin() const { return {0}; }
    It end() const { return {n}; }
};

}  // namespace

void rasterise(QImage& image, const FeatureMapPoints& points, const PointColours& colours,
               const MapView& view, int dot, const std::vector<int32_t>& highlighted) {
    if (image.size() != view.size || image.format() != QImage::Format_RGB32)
        image = QImage(view.size, QImage::Format_RGB32);
    image.fill(kBackground);
    if (highlighted.empty()) {
        drawDots(image, points, AllPoints{points.count()}, colours.index, colours.palette, view,
                 dot);
        return;
    }
    std::vector<QRgb> dim(colours.palette.size());
    std::transform(colours.palette.begin(), colours.palette.end(), dim.begin(), faded);
    drawDots(image, points, AllPoints{points.count()}, colours.index, dim, view, dot);
    std::vector<size_t> chosen(highlighted.begin(), highlighted.end());
    drawDots(image, points, chosen, colours.index, colours.palette, view, dot + 2);
}

std::vector<int32_t> pointsInside(const FeatureMapPoints& points, const MapView& view,
                                  const QPolygonF& shape) {
    QImage mask(view.size, QImage::Format_Grayscale8);
    mask.fill(0);
    {
        QPainter painter(&mask);
        painter.setPen(Qt::NoPen);
        painter.setBrush(Qt::white);
        painter.drawPolygon(shape, Qt::OddEvenFill);
    }
    std::vector<int32_t> out;
    const int w = mask.width(), h = mask.height();
    for (size_t i = 0; i < points.count(); ++i) {
        const QPointF s = view.toScreen(points.x(i), points.y(i));
        const int x = int(std::floor(s.x())), y = int(std::floor(s.y()));
        if (x >= 0 && y >= 0 && x < w && y < h && mask.constScanLine(y)[x])
            out.push_back(int32_t(i));
    }
    return out;
}
