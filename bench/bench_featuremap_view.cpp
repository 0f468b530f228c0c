// The Feature map tab's redraw while panning, at the size of iNat 2018's train and val sets
// (437,513 + 24,426 points in 300 clouds, 14 colours), in a 1280 x 900 canvas: per frame, our
// pixel-writing rasteriser against QPainter drawing the same points (one drawPoints call per
// colour, the cheapest QPainter path), measured in the same run; then the canvas widget's whole
// frame (a pan step, the redraw and the blit) as a user gets it. Target: 16 ms per frame.
// Usage: QT_QPA_PLATFORM=offscreen [TAXA_BENCH_SHOT=FILE.png] bench_featuremap_view [POINTS]

#include <QApplication>
#include <QPainter>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <random>
#include <vector>

#include "views/analysis/FeatureMapCanvas.h"
#include "views/analysis/FeatureMapRaster.h"

namespace {

constexpr int kFrames = 60;
const QSize kSize(1280, 900);

struct Timing {
    double median = 0, p95 = 0, max = 0;
};

// Runs @p frame kFrames times, each panning the view by a few pixels first.
Timing time(const std::function<void(int)>& frame) {
    std::vector<double> ms;
    for (int i = 0; i < kFrames; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        frame(i);
        ms.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0)
                .count());
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms[ms.size() * 95 / 100], ms.back()};
}

std::shared_ptr<FeatureMapPoints> cloudPoints(size_t n) {
    std::mt19937 gen(5);
    std::normal_distribution<float> normal;
    std::uniform_real_distribution<float> place(-20, 20);
    std::vector<std::pair<float, float>> centres(300);
    for (auto& c : centres)
        c = {place(gen), place(gen)};
    auto p = std::make_shared<FeatureMapPoints>();
    for (size_t i = 0; i < n; ++i) {
        const auto& c = centres[i % centres.size()];
        p->xy.push_back(c.first + 0.6f * normal(gen));
        p->xy.push_back(c.second + 0.6f * normal(gen));
        p->images.push_back(int32_t(i));
        p->classes.push_back(int32_t(i % centres.size()));
        p->splits.push_back(i % 19 == 0);
    }
    p->bounds = {-24, -24, 24, 24};
    return p;
}

PointColours fourteenColours(const FeatureMapPoints& p) {
    PointColours c;
    for (int k = 0; k < 14; ++k) {
        c.palette.push_back(QColor::fromHsv(k * 25, 200, 200).rgb());
        c.names << QString::number(k);
    }
    for (int32_t k : p.classes)
        c.index.push_back(uint8_t(k % 14));
    return c;
}

// The peer: QPainter, points grouped by colour so that each colour is one drawPoints call.
void painterFrame(QImage& image, const FeatureMapPoints& p, const PointColours& c,
                  const MapView& v) {
    std::vector<std::vector<QPointF>> byColour(c.palette.size());
    for (size_t i = 0; i < p.count(); ++i)
        byColour[c.index[i]].push_back(v.toScreen(p.x(i), p.y(i)));
    image.fill(Qt::white);
    QPainter painter(&image);
    for (size_t k = 0; k < byColour.size(); ++k) {
        painter.setPen(QPen(QColor(c.palette[k]), 1));
        painter.drawPoints(byColour[k].data(), int(byColour[k].size()));
    }
}

}  // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    const size_t n = argc > 1 ? size_t(std::stoll(argv[1])) : 437513 + 24426;
    const auto points = cloudPoints(n);
    const PointColours colours = fourteenColours(*points);
    MapView view = MapView::fit(points->bounds, kSize);
    const double step = 3 * view.scale;  // a 3-pixel pan per frame
    QImage ours, theirs(kSize, QImage::Format_RGB32);

    const Timing raster = time([&](int i) {
        view.cx = i * step;
        rasterise(ours, *points, colours, view, dotSize(n, 1));
    });
    const Timing painter = time([&](int i) {
        view.cx = i * step;
        painterFrame(theirs, *points, colours, view);
    });
    const Timing highlighted = time([&](int i) {
        view.cx = i * step;
        rasterise(ours, *points, colours, view, dotSize(n, 1), {1, 2, 3, 4, 5});
    });
    FeatureMapCanvas canvas;
    canvas.resize(kSize);
    canvas.show();
    canvas.setPoints(points, colours);
    MapView start = canvas.view();
    const Timing widget = time([&](int i) {
        start.cx = i * step;
        canvas.setView(start);
        canvas.grab();  // paints through paintEvent, as the screen would (offscreen too)
    });

    // TAXA_BENCH_SHOT=FILE.png keeps the canvas's last frame, to look at.
    if (const char* shot = std::getenv("TAXA_BENCH_SHOT")) canvas.grab().save(shot);
    std::printf("feature map redraw, %zu points, %dx%d, %d pan frames: median / 95th pct / max\n",
                n, kSize.width(), kSize.height(), kFrames);
    auto row = [](const char* what, const Timing& t) {
        std::printf("  %-30s %6.2f / %6.2f / %6.2f ms", what, t.median, t.p95, t.max);
    };
    row("ours (pixel writes)", raster);
    std::printf("\n");
    row("QPainter drawPoints (peer)", painter);
    std::printf("  ours is %.1fx faster\n", painter.median / raster.median);
    row("ours, 5 points highlighted", highlighted);
    std::printf("\n");
    row("canvas frame (pan + paint)", widget);
    std::printf("  target 16 ms\n");
    return 0;
}
