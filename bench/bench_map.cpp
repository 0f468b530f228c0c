// The map at the root of the full-scale set: 437,513 train and 24,426 val photos. Times, each
// the median of 15 runs: gathering the photos' places, binning them into a 1200 x 600 world
// view (ours against numpy doing the same binning, in the same run: map_bin_bench.py), the
// whole rendering off the GUI thread (ground, coastlines, shading, dots) for the world and a
// zoomed view, and the interactive path: a pan in a WorldMap widget until the new image is on
// screen (target: 100 ms).
// Usage: QT_QPA_PLATFORM=offscreen bench_map FULL_SCALE_DIR [PEER_SCRIPT]

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTemporaryFile>
#include <QTimer>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <vector>

#include "dataset/DatasetLoader.h"
#include "geo/DensityGrid.h"
#include "state/LoadedDataset.h"
#include "state/TaxonObservations.h"
#include "util/Error.h"
#include "views/maps/MapRenderer.h"
#include "views/maps/WorldMap.h"

namespace {

constexpr int kRuns = 15;

double medianMs(const std::function<void()>& f) {
    std::vector<double> ms;
    for (int i = 0; i < kRuns; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        f();
        ms.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0)
                .count());
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

// numpy's time for the same binning, from the peer script.
double peerMs(const QString& script, const MapLayer& layer, const taxa::geo::MapWindow& w) {
    QTemporaryFile file;
    if (!file.open()) return -1;
    file.write(reinterpret_cast<const char*>(layer.lon.data()),
               static_cast<qint64>(layer.lon.size() * sizeof(float)));
    file.write(reinterpret_cast<const char*>(layer.lat.data()),
               static_cast<qint64>(layer.lat.size() * sizeof(float)));
    file.flush();
    QProcess py;
    py.start(QStringLiteral("/usr/bin/python3"),
             {script, file.fileName(), QString::number(w.width), QString::number(w.height),
              QString::number(w.west), QString::number(w.east), QString::number(w.south),
              QString::number(w.north), QString::number(kRuns)});
    if (!py.waitForFinished(300000) || py.exitCode() != 0) {
        std::fprintf(stderr, "peer failed: %s\n", py.readAllStandardError().constData());
        return -1;
    }
    const QByteArray out = py.readAllStandardOutput();
    const int at = out.indexOf("\"median_ms\": ") + 13;
    return out.mid(at, out.indexOf(',', at) - at).toDouble();
}

// Waits until @p map has put a new image on screen; false after 20 s.
bool waitRendered(WorldMap& map) {
    QEventLoop loop;
    QObject::connect(&map, &WorldMap::rendered, &loop, [&loop] { loop.exit(0); });
    QTimer::singleShot(20000, &loop, [&loop] { loop.exit(1); });
    return loop.exec() == 0;
}

}  // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_map FULL_SCALE_DIR [PEER_SCRIPT]\n");
        return 2;
    }
    const QString script = argc > 2 ? QString::fromLocal8Bit(argv[2])
                                    : QStringLiteral(TAXA_SOURCE_DIR "/bench/map_bin_bench.py");
    try {
        const auto data = LoadedDataset::loadWithoutTest(taxa::findDatasetFiles(argv[1]), {});
        const std::vector<int32_t> all = classesUnder(data->taxonomy, taxa::Taxonomy::root());
        TaxonObservations o;
        const double gather = medianMs([&] { o = observationsOf(*data, all); });
        MapScene scene(2);
        scene[0] = {QStringLiteral("train"), Qt::blue, MapLayer::Dot, o.lon[0], o.lat[0]};
        scene[1] = {QStringLiteral("val"), Qt::red, MapLayer::Ring, o.lon[1], o.lat[1]};
        std::printf("%zu train and %zu val photos with a place\n", o.lon[0].size(),
                    o.lon[1].size());
        std::printf("gathering them at the root:        %7.1f ms\n", gather);

        taxa::geo::MapWindow world;
        world.width = 1200;
        world.height = 600;
        taxa::geo::DensityGrid g;
        const double ours = medianMs([&] {
            g = taxa::geo::binPoints(scene[0].lon.data(), scene[0].lat.data(), scene[0].lon.size(),
                                     world);
        });
        const double numpy = peerMs(script, scene[0], world);
        std::printf("binning 437k into 1200 x 600:      %7.1f ms (numpy %.1f ms, %.1fx)\n", ours,
                    numpy, numpy / ours);
        const double render = medianMs([&] { renderMap(scene, world); });
        taxa::geo::MapWindow europe = world;
        europe.west = -12;
        europe.east = 48;
        europe.south = 30;
        europe.north = 60;
        const double zoomed = medianMs([&] { renderMap(scene, europe); });
        std::printf("rendering the world, 1200 x 600:   %7.1f ms\n", render);
        std::printf("rendering Europe, 1200 x 600:      %7.1f ms\n", zoomed);

        // A pan in the widget, until the new image has reached the screen.
        WorldMap map;
        map.resize(1200, 600);
        map.show();
        map.setScene(std::make_shared<const MapScene>(scene), false);
        waitRendered(map);
        // Pans of 5 degrees over Europe at 0.05 degrees a pixel (60 x 30 degrees in view).
        std::vector<double> pans;
        for (int i = 0; i < kRuns; ++i) {
            map.setView(QPointF(i % 2 ? 15.0 : 10.0, 45), 0.05);
            if (!waitRendered(map)) throw taxa::Error("the map never finished drawing");
            pans.push_back(static_cast<double>(map.lastRenderMs()));
        }
        std::sort(pans.begin(), pans.end());
        std::printf("a pan until its image is on screen:%7.1f ms (target 100 ms; %d x %d)\n",
                    pans[pans.size() / 2], map.width(), map.height());
    } catch (const taxa::Error& e) {
        std::fprintf(stderr, "bench_map: %s\n", e.what());
        return 1;
    }
    return 0;
}
