// Top-1 precision, recall and F1 per class, their macro averages and the precision-recall
// curves over top-1 confidence, against a worked example computed by hand (in the comments).

#include <QtTest>

#include "eval/Analysis.h"
#include "eval/PrecisionRecall.h"

using namespace taxa;

namespace {

// Three species of one genus, eight val images, train counts 5 each.
Dataset threeSpecies(const std::vector<int32_t>& labels) {
    Dataset ds;
    for (int c = 0; c < 3; ++c) {
        Category cat;
        cat.id = 100 + c;
        cat.name = "Coccinella s" + std::to_string(c);
        cat.supercategory = "Insecta";
        cat.ranks = {"Animalia",   "Arthropoda",    "Insecta",
                     "Coleoptera", "Coccinellidae", "Coccinella"};
        ds.categories.push_back(cat);
    }
    ds.indexCategories();
    for (size_t i = 0; i < labels.size(); ++i) {
        ImageRecord im;
        im.id = int64_t(i + 1);
        im.split = Split::Val;
        im.label = labels[i];
        ds.images.push_back(im);
    }
    return ds;
}

// A row whose top-1 guess is @p first with @p score; the other two classes share the rest.
Prediction row(int64_t id, int32_t first, float score) {
    const int32_t b = (first + 1) % 3, c = (first + 2) % 3;
    const float rest = (1 - score) / 2;
    return Prediction{id, {first, b, c}, {score, rest, rest}};
}

}  // namespace

class TestPrecisionRecall : public QObject {
    Q_OBJECT
    // image: truth, top-1 guess, score
    //   1: A A .90 right   2: A B .80 wrong   3: A A .60 right   4: B B .70 right
    //   5: B A .50 wrong   6: C C .95 right   7: C B .40 wrong   8: C C .60 right
    const std::vector<int32_t> truths_{0, 0, 0, 1, 1, 2, 2, 2};
    Dataset ds_ = threeSpecies(truths_);
    PredictionSet p_;

  private slots:
    void initTestCase() {
        p_.rows = {row(1, 0, .90f), row(2, 1, .80f), row(3, 0, .60f), row(4, 1, .70f),
                   row(5, 0, .50f), row(6, 2, .95f), row(7, 1, .40f), row(8, 2, .60f)};
    }

    void perClassScores() {
        const Taxonomy tax = Taxonomy::build(ds_);
        const AnalysisReport r = analyse(ds_, tax, p_, {5, 5, 5}, {2, 1001});
        // A: 3 images, guessed 3 times (1, 3, 5), 2 right: P = R = F1 = 2/3.
        // B: 2 images, guessed 3 times (2, 4, 7), 1 right: P = 1/3, R = 1/2, F1 = 2/5.
        // C: 3 images, guessed twice (6, 8), both right: P = 1, R = 2/3, F1 = 4/5.
        const double precision[3] = {2.0 / 3, 1.0 / 3, 1.0};
        const double recall[3] = {2.0 / 3, 0.5, 2.0 / 3};
        const double f1[3] = {2.0 / 3, 0.4, 0.8};
        for (size_t c = 0; c < 3; ++c) {
            QVERIFY(qFuzzyCompare(r.perClass[c].precision(), precision[c]));
            QVERIFY(qFuzzyCompare(r.perClass[c].recall(), recall[c]));
            QVERIFY(qFuzzyCompare(r.perClass[c].f1(), f1[c]));
        }
        QCOMPARE(r.perClass[1].predicted, int64_t(3));
        // Macro: P = (2/3 + 1/3 + 1) / 3, R = (2/3 + 1/2 + 2/3) / 3, F1 = (2/3 + 2/5 + 4/5) / 3.
        const MacroScores m = macroScores(r.perClass);
        QCOMPARE(m.classes, int64_t(3));
        QVERIFY(qFuzzyCompare(m.precision, 2.0 / 3));
        QVERIFY(qFuzzyCompare(m.recall, 11.0 / 18));
        QVERIFY(qFuzzyCompare(m.f1, 28.0 / 45));
        QVERIFY(r.precisionRecall.has_value());
        QCOMPARE(r.classAveragePrecision.size(), size_t(3));
        QVERIFY(qFuzzyCompare(r.classAveragePrecision[1], 0.25));
        const QString json = QString::fromStdString(analysisToJson(r, ds_, tax));
        for (const char* key : {"\"precision\"", "\"recall\"", "\"f1\"", "\"macro\"",
                                "\"pr_curve\"", "\"average_precision\""})
            QVERIFY2(json.contains(key), key);
    }

    void splitCurve() {
        // By score: .95 R, .90 R, .80 W, .70 R, .60 R R (a tie: one point), .50 W, .40 W.
        const PrCurve c = precisionRecall(p_, truths_);
        const std::vector<PrPoint> expected{{.95, 1, 1. / 8},      {.90, 1, 2. / 8},
                                            {.80, 2. / 3, 2. / 8}, {.70, 3. / 4, 3. / 8},
                                            {.60, 5. / 6, 5. / 8}, {.50, 5. / 7, 5. / 8},
                                            {.40, 5. / 8, 5. / 8}};
        QCOMPARE(c.points.size(), expected.size());
        for (size_t i = 0; i < expected.size(); ++i) {
            QVERIFY(std::abs(c.points[i].threshold - expected[i].threshold) < 1e-6);
            QVERIFY(qFuzzyCompare(c.points[i].precision, expected[i].precision));
            QVERIFY(qFuzzyCompare(c.points[i].recall, expected[i].recall));
        }
        // AP = 1/8 * 1 + 1/8 * 1 + 0 + 1/8 * 3/4 + 2/8 * 5/6 = 53/96.
        QVERIFY(qFuzzyCompare(c.averagePrecision, 53.0 / 96));
        QCOMPARE(c.positives, int64_t(8));
    }

    void speciesCurves() {
        // A: .90 R, .60 R, .50 W of 3 images -> (1, 1/3), (1, 2/3), (2/3, 2/3); AP 2/3.
        const PrCurve a = precisionRecall(p_, truths_, 0);
        QCOMPARE(a.points.size(), size_t(3));
        QVERIFY(qFuzzyCompare(a.points[2].precision, 2.0 / 3));
        QVERIFY(qFuzzyCompare(a.points[2].recall, 2.0 / 3));
        QVERIFY(qFuzzyCompare(a.averagePrecision, 2.0 / 3));
        // B: .80 W, .70 R, .40 W of 2 images -> (0, 0), (1/2, 1/2), (1/3, 1/2); AP 1/4.
        const PrCurve b = precisionRecall(p_, truths_, 1);
        QCOMPARE(b.points[0].precision, 0.0);
        QVERIFY(qFuzzyCompare(b.points[1].precision, 0.5));
        QVERIFY(qFuzzyCompare(b.points[2].precision, 1.0 / 3));
        QVERIFY(qFuzzyCompare(b.averagePrecision, 0.25));
        // The one-pass table agrees with the curves one by one.
        const std::vector<double> ap = classAveragePrecision(p_, truths_, 3);
        for (int32_t c = 0; c < 3; ++c)
            QVERIFY(qFuzzyCompare(ap[size_t(c)], precisionRecall(p_, truths_, c).averagePrecision));
    }

    void thinningKeepsEnds() {
        const PrCurve c = precisionRecall(p_, truths_);
        const PrCurve t = thinned(c, 3);
        QCOMPARE(t.points.size(), size_t(3));
        QCOMPARE(t.points.front().threshold, c.points.front().threshold);
        QCOMPARE(t.points.back().threshold, c.points.back().threshold);
        QCOMPARE(t.averagePrecision, c.averagePrecision);
    }

    void comparisonCarriesPrecision() {
        const Taxonomy tax = Taxonomy::build(ds_);
        PredictionSet better = p_;
        better.rows[6] = row(7, 2, .40f);  // image 7 (C) now right
        const auto d = compareClasses(analyse(ds_, tax, p_, {5, 5, 5}, {2, 1001}),
                                      analyse(ds_, tax, better, {5, 5, 5}, {2, 1001}));
        // C's recall rises 2/3 -> 1 at precision 1: F1 4/5 -> 1. B loses a wrong guess
        // (precision 1/3 -> 1/2) at the same recall, so it is not among the changed classes.
        QCOMPARE(d.size(), size_t(1));
        QCOMPARE(d[0].cls, 2);
        QCOMPARE(d[0].precisionA, 1.0);
        QCOMPARE(d[0].precisionB, 1.0);
        QVERIFY(qFuzzyCompare(d[0].f1A, 0.8));
        QCOMPARE(d[0].f1B, 1.0);
    }
};

QTEST_GUILESS_MAIN(TestPrecisionRecall)
#include "test_precisionrecall.moc"
