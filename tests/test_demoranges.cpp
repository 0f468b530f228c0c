// Where the demo's species live: every sighting lies inside a land box of its species' range,
// congeners sometimes share a region and sometimes live apart, seasonal species are seen
// mostly around their peak, the same seed gives the same ranges, and a written demo's
// locations files put each image in its species' range.

#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

#include "dataset/DatasetLoader.h"
#include "dataset/DemoGenerator.h"
#include "dataset/DemoRanges.h"

using namespace taxa;

namespace {

bool inBox(const LandBox& b, double lat, double lon) {
    return lat >= b.south && lat <= b.north && lon >= b.west && lon <= b.east;
}

bool inRange(const SpeciesRange& r, double lat, double lon) {
    for (const RangeRegion& g : r.regions)
        if (inBox(landBoxes()[size_t(g.box)], lat, lon)) return true;
    return false;
}

// Days from @p a to @p b around the year, 0..182.
int circularDays(int a, int b) {
    const int d = std::abs(a - b) % 365;
    return std::min(d, 365 - d);
}

int dayOf(const Sighting& s) {
    static const int before[12] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
    return before[s.month - 1] + s.day;  // leap days do not matter at this tolerance
}

}  // namespace

class TestDemoRanges : public QObject {
    Q_OBJECT

  private slots:
    void sightingsStayInTheirRange() {
        const auto plan = planDemo(DemoPlanOptions{});
        const auto ranges = planRanges(plan, 2018);
        QCOMPARE(ranges.size(), plan.size());
        Rng rng(1);
        for (size_t s = 0; s < ranges.size(); ++s) {
            const SpeciesRange& r = ranges[s];
            QVERIFY(r.regions.size() == 1 || r.regions.size() == 2);
            double weights = 0;
            for (const RangeRegion& g : r.regions) {
                weights += g.weight;
                QVERIFY(inBox(landBoxes()[size_t(g.box)], g.lat, g.lon));
            }
            QVERIFY(std::fabs(weights - 1) < 1e-9);
            for (int i = 0; i < 200; ++i) {
                const Sighting x = drawSighting(r, rng);
                QVERIFY(inRange(r, x.lat, x.lon));
                QVERIFY(x.year >= 2008 && x.year <= 2017 && x.month >= 1 && x.month <= 12);
                QVERIFY(x.day >= 1 && x.day <= 31);
            }
        }
    }

    void congenersShareOrLiveApart() {
        const auto plan = planFullScale(2018);
        const auto ranges = planRanges(plan, 2018);
        int shared = 0, apart = 0;
        for (size_t s = 1; s < plan.size(); ++s) {
            if (plan[s].category.ranks[5] != plan[s - 1].category.ranks[5]) continue;
            (ranges[s].regions[0].box == ranges[s - 1].regions[0].box ? shared : apart)++;
        }
        // About half of the congeners share their genus's first region (and the rest live in
        // another box, though a second region may bring them together again).
        QVERIFY2(shared > 0.3 * (shared + apart) && apart > 0.3 * (shared + apart),
                 qPrintable(QString("%1 shared, %2 apart").arg(shared).arg(apart)));
    }

    void seasonalSpeciesPeak() {
        const auto plan = planFullScale(7);
        const auto ranges = planRanges(plan, 7);
        int seasonal = 0, insectsSeasonal = 0, insects = 0;
        Rng rng(3);
        for (size_t s = 0; s < plan.size(); ++s) {
            const SpeciesRange& r = ranges[s];
            if (plan[s].category.supercategory == "Insecta") {
                ++insects;
                insectsSeasonal += r.peakDay > 0;
            }
            QVERIFY2(r.peakDay == 0 || plan[s].category.supercategory != "Mammalia",
                     "mammals are seen all year");
            if (r.peakDay == 0 || seasonal++ > 50) continue;
            // Within two standard deviations (at most 90 days) of the peak: about 95%.
            int nearPeak = 0;
            for (int i = 0; i < 400; ++i)
                nearPeak +=
                    circularDays(dayOf(drawSighting(r, rng)), r.peakDay) <= 2 * r.seasonDays + 1;
            QVERIFY2(nearPeak > 0.9 * 400, qPrintable(QString::number(nearPeak)));
        }
        QVERIFY(insectsSeasonal > 0.45 * insects && insectsSeasonal < 0.75 * insects);
    }

    void sameSeedSameRanges() {
        const auto plan = planDemo(DemoPlanOptions{});
        const auto a = planRanges(plan, 5), b = planRanges(plan, 5), c = planRanges(plan, 6);
        bool differs = false;
        for (size_t s = 0; s < a.size(); ++s) {
            QCOMPARE(a[s].regions.size(), b[s].regions.size());
            QCOMPARE(a[s].regions[0].lat, b[s].regions[0].lat);
            QCOMPARE(a[s].peakDay, b[s].peakDay);
            differs |= a[s].regions[0].lat != c[s].regions[0].lat;
        }
        QVERIFY(differs);
    }

    void writtenLocationsFollowTheRanges() {
        QTemporaryDir dir;
        DemoOptions o;
        o.out = dir.path().toStdString();
        o.images = false;
        generateDemo(o);
        const Dataset ds = loadDataset(o.out);
        QVERIFY(ds.hasLocations);
        const auto ranges = planRanges(planDemo(o.plan), o.plan.seed);
        int64_t located = 0;
        for (const ImageRecord& im : ds.images) {
            if (im.split == Split::Test) continue;
            const Location* loc = ds.location(im);
            QVERIFY(loc);
            QVERIFY(inRange(ranges[size_t(im.label)], loc->lat, loc->lon));
            ++located;
        }
        QCOMPARE(located, ds.imageCount(Split::Train) + ds.imageCount(Split::Val));
    }
};

QTEST_GUILESS_MAIN(TestDemoRanges)
#include "test_demoranges.moc"
