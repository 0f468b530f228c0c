#include "views/analysis/ConfusionRaster.h"

#include <algorithm>
#include <cmath>

namespace {

// ColorBrewer's YlOrRd, light to dark: counts of one stay visible on white.
const QColor kStops[] = {QColor(254, 217, 118), QColor(253, 141, 60), QColor(227, 26, 28),
                         QColor(128, 0, 38)};

QColor mix(const QColor& a, const QColor& b, double t) {
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

}  // namespace

QColor confusionColor(int64_t count, int64_t max) {
    if (count <= 0) return Qt::transparent;
    const double t = max > 1 ? std::log(double(count)) / std::log(double(max)) : 1.0;
    const double x = std::clamp(t, 0.0, 1.0) * 3;
    const int i = std::min(2, int(x));
    return mix(kStops[i], kStops[i + 1], x - i);
}

int32_t ConfusionRaster::cellAt(QPoint p) const {
    if (!image.rect().contains(p)) return -1;
    return pick[size_t(p.y()) * size_t(image.width()) + size_t(p.x())];
}

ConfusionRaster rasteriseConfusion(const taxa::ConfusionSlice& slice, QSize available) {
    ConfusionRaster r;
    const auto rows = double(slice.rows.size()), cols = double(slice.cols.size());
    if (rows == 0 || cols == 0 || available.isEmpty()) return r;
    r.cell = std::min(available.width() / cols, available.height() / rows);
    const int w = std::max(1, int(std::floor(cols * r.cell)));
    const int h = std::max(1, int(std::floor(rows * r.cell)));
    r.pick.assign(size_t(w) * size_t(h), -1);
    // Each cell covers at least one pixel; where several share one, the largest count shows.
    auto span = [&](int32_t i, int limit) {
        const int lo = std::min(limit - 1, int(std::floor(i * r.cell)));
        return std::make_pair(lo, std::clamp(int(std::floor((i + 1) * r.cell)), lo + 1, limit));
    };
    for (size_t k = 0; k < slice.cells.size(); ++k) {
        const taxa::ConfusionCell& c = slice.cells[k];
        const auto [x0, x1] = span(c.col, w);
        const auto [y0, y1] = span(c.row, h);
        for (int y = y0; y < y1; ++y)
            for (int x = x0; x < x1; ++x) {
                int32_t& at = r.pick[size_t(y) * size_t(w) + size_t(x)];
                if (at < 0 || slice.cells[size_t(at)].count < c.count) at = int32_t(k);
            }
    }
    std::vector<QRgb> colours(slice.cells.size());  // once per cell, not per pixel
    for (size_t k = 0; k < slice.cells.size(); ++k)
        colours[k] = confusionColor(slice.cells[k].count, slice.maxCount).rgba();
    r.image = QImage(w, h, QImage::Format_ARGB32_Premultiplied);
    r.image.fill(Qt::transparent);
    for (int y = 0; y < h; ++y) {
        auto* line = reinterpret_cast<QRgb*>(r.image.scanLine(y));
        const int32_t* picks = r.pick.data() + size_t(y) * size_t(w);
        for (int x = 0; x < w; ++x)
            if (picks[x] >= 0) line[x] = colours[size_t(picks[x])];
    }
    return r;
}
