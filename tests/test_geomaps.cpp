// Maps: binning points into pixels, the coastline file (round trip, damage), the embedded GSHHG
// coastlines and land mask (known land and sea; the demo's land boxes lie on land, clear of any
// shore), the renderer's three ways of drawing, and the map panel gathering a taxon's photos
// off the GUI thread.

#include <QCheckBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QVBoxLayout>
#include <QtTest>
#include <cmath>

#include "dataset/DemoGenerator.h"
#include "dataset/DemoRanges.h"
#include "geo/CoastlineFile.h"
#include "geo/DensityGrid.h"
#include "state/LoadedDataset.h"
#include "util/Error.h"
#include "views/maps/MapPanel.h"
#include "views/maps/MapRenderer.h"
#include "views/maps/MonthHistogram.h"
#include "views/maps/WorldMap.h"

using namespace taxa;
using namespace taxa::geo;

namespace {

// Land under a point, from the embedded mask.
bool landAt(double lat, double lon) {
    const LandMask& m = embeddedCoastlines().land;
    static const std::vector<uint8_t> cells = m.decode();
    const int x = std::min(m.width - 1, static_cast<int>((lon + 180) / 360 * m.width));
    const int y = std::min(m.height - 1, static_cast<int>((90 - lat) / 180 * m.height));
    return cells[static_cast<size_t>(y) * static_cast<size_t>(m.width) + static_cast<size_t>(x)];
}

MapLayer layerOf(int n, float lon0, float lat0) {
    MapLayer l;
    l.color = Qt::blue;
    for (int i = 0; i < n; ++i) {
        l.lon.push_back(lon0 + static_cast<float>(i % 100) * 0.01f);
        l.lat.push_back(lat0 + static_cast<float>(i / 100) * 0.01f);
    }
    return l;
}

}  // namespace

class TestGeoMaps : public QObject {
    Q_OBJECT

  private slots:
    void pointsBinnedIntoPixels() {
        MapWindow w;  // the world, one degree per pixel
        w.width = 360;
        w.height = 180;
        const float lon[] = {0.5f, -180, 180, 10, NAN, 200, 10.9f};
        const float lat[] = {0.5f, 90, -90, -45.5f, 0, 0, -45.1f};
        const DensityGrid g = binPoints(lon, lat, 7, w);
        QCOMPARE(g.inside, int64_t(5));  // NaN and 200 E are out
        QCOMPARE(g.counts[89 * 360 + 180], 1u);
        QCOMPARE(g.counts[0], 1u);                // the north-west corner
        QCOMPARE(g.counts[179 * 360 + 359], 1u);  // the south-east corner stays inside
        QCOMPARE(g.counts[135 * 360 + 190], 2u);  // 45.5 S and 45.1 S, 10 and 10.9 E
        QCOMPARE(g.maxCount, 2u);
        MapWindow half = w;  // Europe only
        half.west = -10;
        half.east = 30;
        half.south = 35;
        half.north = 70;
        half.width = 40;
        half.height = 35;
        QCOMPARE(binPoints(lon, lat, 7, half).inside, int64_t(0));
    }

    void coastlineFileRoundTrip() {
        Coastlines c;
        CoastLayer l;
        l.start = {0, 3, 5};
        l.level = {1, 2};
        l.lon = {0, 100, 200, -300, -310};
        l.lat = {0, 50, 0, 4000, 4010};
        c.layers = {l};
        std::vector<uint8_t> cells = {0, 1, 1, 0, 1, 1, 1, 1, 0, 0, 0, 0};
        c.land = LandMask::encode(cells, 4, 3);
        QCOMPARE(c.land.runs, (std::vector<uint16_t>{1, 2, 1, 0, 4, 4}));
        const std::string bytes = serializeCoastlines(c);
        const Coastlines back = parseCoastlines(bytes, "c.bin");
        QCOMPARE(back.layers.size(), size_t(1));
        QCOMPARE(back.layers[0].start, l.start);
        QCOMPARE(back.layers[0].level, l.level);
        QCOMPARE(back.layers[0].lon, l.lon);
        QCOMPARE(back.layers[0].lat, l.lat);
        QCOMPARE(back.land.decode(), cells);
        QVERIFY_THROWS_EXCEPTION(Error, parseCoastlines(bytes.substr(0, bytes.size() - 2), "c"));
        QVERIFY_THROWS_EXCEPTION(Error, parseCoastlines("TXCOAST0", "c"));
        std::string damaged = bytes;
        damaged[bytes.size() - 1] = 9;  // a row no longer adds up to the width
        QVERIFY_THROWS_EXCEPTION(Error, parseCoastlines(damaged, "c"));
    }

    void embeddedCoastlinesKnowLandFromSea() {
        const Coastlines& c = embeddedCoastlines();
        QCOMPARE(c.layers.size(), size_t(2));  // crude and low
        QVERIFY(c.layers[1].lon.size() > 50000 && c.layers[0].lon.size() < c.layers[1].lon.size());
        QCOMPARE(c.land.width, 3600);
        // Places every atlas agrees on.
        QVERIFY(landAt(48.85, 2.35));                   // Paris
        QVERIFY(landAt(-15.8, -47.9));                  // Brasilia
        QVERIFY(landAt(-25, 134));                      // central Australia
        QVERIFY(landAt(-85, 0));                        // Antarctica
        QVERIFY(landAt(60, 100));                       // Siberia
        QVERIFY(landAt(66, -170) || landAt(66, -175));  // Chukotka, across the date line
        QVERIFY(!landAt(0, -30));                       // the Atlantic
        QVERIFY(!landAt(-40, -140));                    // the Pacific
        QVERIFY(!landAt(43.5, 34));                     // the Black Sea
        QVERIFY(!landAt(-5, 80));                       // the Indian Ocean
        QVERIFY(!landAt(44.5, -82.5));                  // Lake Huron: lakes are water
    }

    void demoLandBoxesLieOnLandClearOfShores() {
        const CoastLayer& low = embeddedCoastlines().layers[1];
        for (const LandBox& b : landBoxes()) {
            // Land but for lakes.
            int points = 0, land = 0;
            for (double lat = b.south; lat <= b.north; lat += 0.25)
                for (double lon = b.west; lon <= b.east; lon += 0.25, ++points)
                    land += landAt(lat, lon);
            QVERIFY2(land >= 0.9 * points,
                     qPrintable(
                         QString("%1: %2 of %3 points on land").arg(b.name).arg(land).arg(points)));
            // No sea shore (level 1) runs through a box; lakes (level 2) may.
            for (size_t p = 0; p < low.polylines(); ++p) {
                if (low.level[p] != 1) continue;
                for (uint32_t i = low.start[p]; i < low.start[p + 1]; ++i) {
                    const double lat = low.lat[i] / 100.0, lon = low.lon[i] / 100.0;
                    QVERIFY2(
                        !(lat > b.south && lat < b.north && lon > b.west && lon < b.east),
                        qPrintable(QString("%1: shore at %2 %3").arg(b.name).arg(lat).arg(lon)));
                }
            }
        }
    }

    void rendererDrawsSymbolsDotsOrShading() {
        MapWindow w;
        w.width = 360;
        w.height = 180;
        MapScene scene = {layerOf(50, 10, 10), layerOf(5000, -60, -10), layerOf(40000, 100, 40)};
        std::vector<LayerDrawn> drawn;
        const QImage image = renderMap(scene, w, MapStyle{}, &drawn);
        QCOMPARE(image.size(), QSize(360, 180));
        QCOMPARE(drawn[0].inView, int64_t(50));
        QCOMPARE(drawn[0].mode, LayerDrawn::Symbols);
        QCOMPARE(drawn[1].mode, LayerDrawn::Dots);
        QCOMPARE(drawn[2].mode, LayerDrawn::Shading);
        // Shading first, then a crowded layer goes over it as a dot per cell.
        MapScene over = {layerOf(40000, 100, 40), layerOf(5000, 100, 40)};
        renderMap(over, w, MapStyle{}, &drawn);
        QCOMPARE(drawn[0].mode, LayerDrawn::Shading);
        QCOMPARE(drawn[1].mode, LayerDrawn::CellDots);
        // The blue symbols are on the image where the points are: (10.25 E, 10.25 N).
        const QColor at = image.pixelColor(190, 79);
        QVERIFY2(at.blue() > at.red() + 60, qPrintable(at.name()));
        // Sea is sea-coloured, land land-coloured.
        QVERIFY(image.pixelColor(150, 90) != image.pixelColor(200, 50));
    }

    void worldMapRendersOffTheGuiThread() {
        WorldMap map;
        map.resize(600, 300);
        map.show();
        QVERIFY(QTest::qWaitForWindowExposed(&map));
        QSignalSpy spy(&map, &WorldMap::rendered);
        auto scene = std::make_shared<MapScene>(MapScene{layerOf(300, 20, 40)});
        map.setScene(scene);
        QTRY_VERIFY_WITH_TIMEOUT(spy.count() > 0 && !map.isRendering(), 10000);
        QCOMPARE(map.drawn().size(), size_t(1));
        QCOMPARE(map.drawn()[0].inView, int64_t(300));
        // Fitted to the points: 50 degrees across at least, centred on them under the legend.
        const double lat = map.centre().y() - 0.5 * map.legendHeight() * map.scale();
        QVERIFY(std::fabs(map.centre().x() - 20.495) < 0.01 && std::fabs(lat - 40.01) < 0.01);
        QVERIFY(map.scale() * 600 >= 50);
        // Zoomed out to the world, the points are still all in view.
        spy.clear();
        map.showWorld();
        QTRY_VERIFY_WITH_TIMEOUT(spy.count() > 0 && !map.isRendering(), 10000);
        QVERIFY(map.scale() >= 0.6 - 1e-9);  // 360 degrees over 600 pixels
        QCOMPARE(map.drawn()[0].inView, int64_t(300));
    }

    // In a map too narrow for a line (the pair view's, or a long translation) the line loses its
    // middle: it fits, and the species it starts with and the count it ends with stay.
    void legendLinesFitTheMap() {
        WorldMap map;
        MapLayer layer = layerOf(3, 20, 40);
        layer.label = "Terzonosa bilineata val taken for Arxanlepus biannulata";
        map.setScene(std::make_shared<MapScene>(MapScene{layer}));
        map.resize(700, 300);
        QCOMPARE(map.legendLines(),
                 QStringList{"Terzonosa bilineata val taken for Arxanlepus biannulata: 0 in view"});
        map.resize(240, 300);
        const QStringList narrow = map.legendLines();
        QCOMPARE(narrow.size(), 1);
        QVERIFY2(narrow[0].startsWith("Terzonosa") && narrow[0].endsWith(": 0 in view") &&
                     narrow[0].contains(QChar(0x2026)),
                 qPrintable(narrow[0]));
        QFont small = map.font();
        small.setPointSizeF(small.pointSizeF() * 0.9);  // the legend's font
        QVERIFY(QFontMetrics(small).horizontalAdvance(narrow[0]) <= 240 - 5 * 6 - 14);
    }

    void fittedViewFollowsResizes() {
        // Points set before the map is laid out stay centred once it gets its real size.
        QWidget box;
        auto* layout = new QVBoxLayout(&box);
        auto* map = new WorldMap(&box);
        layout->addWidget(map);
        map->setScene(std::make_shared<MapScene>(MapScene{layerOf(100, 35, -6)}));
        QSignalSpy spy(map, &WorldMap::rendered);
        box.resize(780, 180);
        box.show();
        QVERIFY(QTest::qWaitForWindowExposed(&box));
        QTRY_VERIFY_WITH_TIMEOUT(spy.count() > 0 && !map->isRendering(), 10000);
        // 25 degrees of latitude (and margin) in the height left under the legend, the points
        // centred there.
        const int under = map->height() - map->legendHeight();
        QVERIFY(std::fabs(map->scale() - 25 * 1.25 / under) < 1e-9);
        const double lat = map->centre().y() - 0.5 * map->legendHeight() * map->scale();
        QVERIFY2(std::fabs(map->centre().x() - 35.495) < 0.01 && std::fabs(lat + 5.995) < 0.01,
                 qPrintable(QString("%1 %2").arg(map->centre().x()).arg(lat)));
    }

    void mapPanelFollowsTheTaxon() {
        QTemporaryDir dir;
        DemoOptions o;
        o.out = dir.path().toStdString();
        o.images = false;
        o.plan.species = 20;
        generateDemo(o);
        auto data = LoadedDataset::load(o.out, {});
        MapPanel panel;
        panel.resize(1000, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy spy(&panel, &MapPanel::observationsShown);
        panel.setDataset(data);
        QTRY_VERIFY_WITH_TIMEOUT(spy.count() == 1 && !panel.isGathering(), 10000);
        // The root: every train and val photo (the demo gives each a place).
        QCOMPARE(static_cast<int64_t>(panel.observations().lon[0].size()),
                 data->dataset.imageCount(Split::Train));
        QCOMPARE(static_cast<int64_t>(panel.observations().lon[1].size()),
                 data->dataset.imageCount(Split::Val));
        // One species: its photos only, and the months add up to 100%.
        const int32_t node = data->taxonomy.speciesNode(3);
        panel.showTaxon(node);
        QTRY_VERIFY_WITH_TIMEOUT(spy.count() == 2 && !panel.isGathering(), 10000);
        QCOMPARE(static_cast<int64_t>(panel.observations().lon[0].size()), data->trainCounts[3]);
        double total = 0;
        for (int m = 0; m < 12; ++m)
            total += panel.months()->trainShare(m);
        QVERIFY(std::fabs(total - 100) < 1e-9);
        // Hiding val leaves one layer on the map.
        panel.showVal()->setChecked(false);
        QCOMPARE(panel.map()->scene()->size(), size_t(1));
    }
};

QTEST_MAIN(TestGeoMaps)
#include "test_geomaps.moc"
