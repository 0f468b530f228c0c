// The geographic prior's torch-free side against hand-computed values: the date and place
// encoding, the GEO file (round trip, damage, another dataset's prior refused), the grid prior
// on a hand fixture, the network evaluated on hand-picked weights, the combination (the
// normalised product; images without a location unchanged) and the evaluation against the
// class-frequency prior.

#include <QtTest>
#include <cmath>

#include "GeoFixture.h"
#include "geo/GeoCombine.h"
#include "geo/GeoEncoding.h"
#include "geo/GeoEval.h"
#include "geo/GeoPrior.h"
#include "geo/GridPrior.h"
#include "geo/NetPrior.h"
#include "util/Error.h"

using namespace taxa;
using namespace taxa::geo;

namespace {

bool near(double a, double b, double tol = 1e-6) {
    return std::fabs(a - b) <= tol;
}

// The grid prior of the fixture with 2-degree cells and a pseudo-count of 0.5.
GeoPrior fixtureGrid(const Dataset& ds) {
    return GeoPrior(buildGridPrior(ds, GridOptions{2.0, 0.5}), "grid.geo");
}

GeoTensor floats(const std::string& name, std::vector<int64_t> shape, std::vector<float> v) {
    GeoTensor t;
    t.name = name;
    t.shape = std::move(shape);
    t.f = std::move(v);
    return t;
}

// Hidden 2, one block, two classes: weights chosen so the forward pass is done by hand.
GeoFile tinyNetwork() {
    GeoFile f;
    f.kind = "network";
    f.categoryIds = {3, 5};
    f.params = {{"hidden", 2}, {"blocks", 1}};
    f.tensors = {floats(inWeightName(), {2, 6}, {0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, -2}),
                 floats(inBiasName(), {2}, {0.5f, 0}),
                 floats(blockWeightName(0, 1), {2, 2}, {1, 0, 0, 1}),
                 floats(blockBiasName(0, 1), {2}, {0, 0}),
                 floats(blockWeightName(0, 2), {2, 2}, {0, 1, 1, 0}),
                 floats(blockBiasName(0, 2), {2}, {0.5f, 0}),
                 floats(classWeightName(), {2, 2}, {1, -1, 0, 2})};
    return f;
}

}  // namespace

class TestGeoPrior : public QObject {
    Q_OBJECT

  private slots:
    void daysOfTheYear() {
        QCOMPARE(dayOfYear("2017-01-01"), 1);
        QCOMPARE(dayOfYear("2016-03-01 12:00:00+00:00"), 61);  // leap year
        QCOMPARE(dayOfYear("2017-03-01"), 60);
        QCOMPARE(dayOfYear("2017-12-31"), 365);
        QCOMPARE(dayOfYear("2016-12-31"), 366);
        QCOMPARE(dayOfYear("2000-02-29"), 60);  // divisible by 400: leap
        QCOMPARE(dayOfYear("1900-02-29"), -1);  // divisible by 100 only: not leap
        QCOMPARE(dayOfYear("2017-02-29"), -1);
        QCOMPARE(dayOfYear("2018-13-01"), -1);
        QCOMPARE(dayOfYear("2018/01/01"), -1);
        QCOMPARE(dayOfYear(""), -1);
        QCOMPARE(monthOf("2018-07-02"), 7);
        QCOMPARE(monthOf("nonsense"), 0);
    }

    void encodingOfAPlaceAndDate() {
        Location loc;
        loc.lon = 90;
        loc.lat = -45;
        loc.date = "2018-07-02 08:00:00+00:00";  // day 183: (182 / 365) * 2 - 1
        GeoPoint p;
        QVERIFY(toGeoPoint(loc, p));
        QVERIFY(p.hasDate);
        QVERIFY(near(p.lon, 0.5) && near(p.lat, -0.5));
        QVERIFY(near(p.date, -0.002739726));
        const Encoded e = encode(p);
        // sin(pi lon), sin(pi lat), cos(pi lon), cos(pi lat), sin(pi date), cos(pi date)
        const double expected[6] = {1, -1, 0, 0, -0.008606997, 0.999962959};
        for (int i = 0; i < 6; ++i)
            QVERIFY2(near(e[size_t(i)], expected[i], 1e-6), qPrintable(QString::number(i)));
        // 1 January is the start of the scale, the last day of a leap year its end.
        QVERIFY(near(scaledDate("2017-01-01"), -1));
        QVERIFY(near(scaledDate("2016-12-31"), 1 - 2.0 / 366));
    }

    void unusableLocations() {
        GeoPoint p;
        Location loc;  // NaN lat/lon
        QVERIFY(!toGeoPoint(loc, p));
        loc.lat = 95;
        loc.lon = 0;
        QVERIFY(!toGeoPoint(loc, p));
        loc.lat = 10;
        loc.date = "unknown";
        QVERIFY(toGeoPoint(loc, p));
        QVERIFY(!p.hasDate);
        QCOMPARE(p.date, 0.0f);
    }

    void geoFileRoundTripAndDamage() {
        const Dataset ds = geofixture::dataset();
        const GeoFile f = buildGridPrior(ds, GridOptions{2.0, 0.5});
        const std::string bytes = serializeGeoFile(f);
        QVERIFY(bytes.rfind("TAXA-GEO 1\n{", 0) == 0);
        const GeoFile back = parseGeoFile(bytes, "a.geo");
        QCOMPARE(back.kind, std::string("grid"));
        QCOMPARE(back.categoryIds, (std::vector<int64_t>{3, 5, 9}));
        QCOMPARE(back.tensors.size(), f.tensors.size());
        for (size_t i = 0; i < f.tensors.size(); ++i) {
            QCOMPARE(back.tensors[i].shape, f.tensors[i].shape);
            QCOMPARE(back.tensors[i].i, f.tensors[i].i);
            QCOMPARE(back.tensors[i].f, f.tensors[i].f);
        }
        auto refused = [](const std::string& b, const char* words) {
            try {
                parseGeoFile(b, "a.geo");
            } catch (const Error& e) {
                return QString(e.what()).contains(words) && QString(e.what()).startsWith("a.geo");
            }
            return false;
        };
        QVERIFY(refused(bytes.substr(0, bytes.size() - 3), "truncated"));
        QVERIFY(refused(bytes + "xyz", "after the last tensor"));
        QVERIFY(refused("PK\x03\x04 not a prior", "not a GEO file"));
        QVERIFY(refused("TAXA-GEO 1\n{\"kind\": \"grid\"", "not terminated"));
        QVERIFY(refused("TAXA-GEO 1\n{\"kind\": \"grid\"}\n", "bad GEO header"));
    }

    void anotherDatasetsPriorIsRefused() {
        const Dataset ds = geofixture::dataset();
        GeoFile f = buildGridPrior(ds, GridOptions{2.0, 0.5});
        f.categoryIds = {3, 5, 9, 11};
        try {
            GeoPrior(f, "other.geo").requireFor(ds);
            QFAIL("a prior of 4 classes was accepted for 3");
        } catch (const Error& e) {
            QVERIFY2(QString(e.what()).contains("another dataset (4 classes; fixture has 3)"),
                     e.what());
        }
        f.categoryIds = {3, 6, 9};
        try {
            GeoPrior(f, "other.geo").requireFor(ds);
            QFAIL("a prior of other category ids was accepted");
        } catch (const Error& e) {
            QVERIFY2(QString(e.what()).contains("class 1 is category 6 there, 5 in fixture"),
                     e.what());
        }
    }

    void gridPriorOnAHandFixture() {
        const Dataset ds = geofixture::dataset();
        const GeoPrior prior = fixtureGrid(ds);
        QVERIFY(prior.isGrid());
        // The cell of (10 N, 10 E) holds class 0 three times and class 1 once: with a = 0.5 and
        // K = 3 the normaliser is 4 + 1.5.
        GeoPoint p[3];
        p[0].lat = 10.9f / 90;
        p[0].lon = 11.9f / 180;
        p[1].lat = -29.9f / 90;
        p[1].lon = 100.1f / 180;
        p[2].lat = 50.0f / 90;  // nobody was seen there: uniform
        float out[9];
        prior.evaluate(p, 3, out);
        QVERIFY(near(out[0], 3.5 / 5.5) && near(out[1], 1.5 / 5.5) && near(out[2], 0.5 / 5.5));
        QVERIFY(near(out[3], 0.5 / 3.5) && near(out[4], 0.5 / 3.5) && near(out[5], 2.5 / 3.5));
        for (int k = 6; k < 9; ++k)
            QVERIFY(near(out[k], 1.0 / 3));
        // 12 E is the next cell east of (10, 10): empty.
        p[0].lon = 12.1f / 180;
        prior.evaluate(p, 1, out);
        QVERIFY(near(out[0], 1.0 / 3));
        QVERIFY_THROWS_EXCEPTION(Error, buildGridPrior(ds, GridOptions{7.0, 0.5}));
        QVERIFY_THROWS_EXCEPTION(Error, buildGridPrior(ds, GridOptions{2.0, 0.0}));
    }

    void networkOnHandPickedWeights() {
        const GeoPrior prior(tinyNetwork(), "net.geo");
        // (0, 0, date 0) encodes as (0, 0, 1, 1, 0, 1): the input layer gives relu(1 + 0.5,
        // 1 - 2) = (1.5, 0); the block adds relu(swap(1.5, 0) + (0.5, 0)) = (0.5, 1.5), so
        // h = (2, 1.5); the class layer gives logits (0.5, 3).
        const GeoPoint origin;
        float out[2];
        prior.evaluate(&origin, 1, out);
        QVERIFY(near(out[0], 0.6224593, 1e-6));
        QVERIFY(near(out[1], 0.9525741, 1e-6));
        // A thousand points at once give the same as one at a time (chunked products).
        std::vector<GeoPoint> many(1000);
        for (size_t i = 0; i < many.size(); ++i)
            many[i].lon = static_cast<float>(i) / 1000;
        std::vector<float> all(2000);
        prior.evaluate(many.data(), many.size(), all.data());
        prior.evaluate(&many[777], 1, out);
        QVERIFY(near(all[1554], out[0]) && near(all[1555], out[1]));
        GeoFile broken = tinyNetwork();
        broken.tensors.pop_back();
        QVERIFY_THROWS_EXCEPTION(Error, GeoPrior(broken, "broken.geo"));
    }

    void combinationIsTheNormalisedProduct() {
        float probs[3] = {0.5f, 0.3f, 0.2f};
        const float prior[3] = {0.1f, 0.6f, 0.3f};
        QVERIFY(combineWithPrior(probs, prior, 3));
        QVERIFY(near(probs[0], 0.05 / 0.29) && near(probs[1], 0.18 / 0.29) &&
                near(probs[2], 0.06 / 0.29));
        float untouched[2] = {0.7f, 0.3f};
        const float zero[2] = {0, 0};
        QVERIFY(!combineWithPrior(untouched, zero, 2));
        QCOMPARE(untouched[0], 0.7f);

        Prediction row{42, {0, 1, 2}, {0.5f, 0.3f, 0.2f}};
        QVERIFY(rerankWithPrior(row, prior));
        QCOMPARE(row.classes, (std::vector<int32_t>{1, 2, 0}));
        QVERIFY(near(row.scores[0], 0.18 / 0.29) && near(row.scores[2], 0.05 / 0.29));
        Prediction noScores{42, {0, 1, 2}, {}};
        QVERIFY(!rerankWithPrior(noScores, prior));
    }

    void imagesWithoutLocationAreLeftAsTheyAre() {
        const Dataset ds = geofixture::dataset();
        const GeoPrior prior = fixtureGrid(ds);
        PredictionSet p;
        p.split = Split::Val;
        // The classifier hesitates between classes 0 and 1 on every image.
        for (int64_t id : {10, 11, 12})
            p.rows.push_back({id, {0, 1, 2}, {0.45f, 0.44f, 0.11f}});
        CombineStats stats;
        const PredictionSet out = applyPrior(p, prior, ds, &stats);
        QCOMPARE(stats.combined, int64_t(2));
        QCOMPARE(stats.unlocated, int64_t(1));
        // Image 12 has no location: same guesses, same scores.
        QCOMPARE(out.rows[2].classes, p.rows[2].classes);
        QCOMPARE(out.rows[2].scores, p.rows[2].scores);
        // Image 11 lies where only class 2 was seen: the prior (0.5, 0.5, 2.5) / 3.5 turns it.
        QCOMPARE(out.rows[1].classes.front(), 2);
        const double sum = 0.45 * 0.5 + 0.44 * 0.5 + 0.11 * 2.5;
        QVERIFY(near(out.rows[1].scores.front(), 0.11 * 2.5 / sum, 1e-5));
        // Without scores (a Kaggle CSV) there is nothing to multiply.
        PredictionSet csv = p;
        for (auto& r : csv.rows)
            r.scores.clear();
        QVERIFY_THROWS_EXCEPTION(Error, applyPrior(csv, prior, ds));
    }

    void priorAloneAgainstClassFrequency() {
        const Dataset ds = geofixture::dataset();
        const GeoEvaluation e = evaluatePrior(fixtureGrid(ds), ds, Split::Val);
        // Image 10 (class 1) where class 0 is most common: rank 2 of 3; image 11 (class 2) where
        // only class 2 was seen: rank 1. Frequency ranks classes 0, 2, 1 (3, 2, 1 images):
        // neither image's class comes first, both are in the first three.
        QCOMPARE(e.images, int64_t(2));
        QCOMPARE(e.unlocated, int64_t(1));
        QCOMPARE(e.geo.top1, 0.5);
        QCOMPARE(e.geo.top3, 1.0);
        QCOMPARE(e.frequency.top1, 0.0);
        QCOMPARE(e.frequency.top3, 1.0);
        QCOMPARE(classesByFrequency(ds), (std::vector<int32_t>{0, 2, 1}));
        const std::string json = evaluationToJson(e, "grid");
        QVERIFY2(json.find("\"geo\": {\"top1_accuracy\": 0.500000, \"top3_accuracy\": "
                           "1.000000}") != std::string::npos,
                 json.c_str());
        QVERIFY(json.find("\"frequency\": {\"top1_accuracy\": 0.000000") != std::string::npos);
        QVERIFY(json.find("\"images\": 2") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestGeoPrior)
#include "test_geoprior.moc"
