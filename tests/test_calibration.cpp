// What the scores of a top-k store say: hardness and mistakenness against hand-computed values
// (FiftyOne's definitions), the evenly spread tail against full distributions, expected
// calibration error against a hand count, temperature scaling against the closed form and on a
// deliberately over-confident fixture, the likely label errors' order, and the evaluate JSON.

#include <QtTest>
#include <cmath>
#include <nlohmann/json.hpp>

#include "TaxonomyDataset.h"
#include "dataset/Buckets.h"
#include "dataset/Minival.h"
#include "eval/Analysis.h"
#include "eval/Calibration.h"
#include "eval/LabelErrors.h"
#include "eval/ScoreModel.h"
#include "eval/Temperature.h"
#include "util/Error.h"

using namespace taxa;

namespace {

Prediction row(int64_t id, std::vector<int32_t> classes, std::vector<float> scores) {
    return Prediction{id, std::move(classes), std::move(scores)};
}

// Entropy of a full distribution, the plain way.
double entropyOf(const std::vector<double>& p) {
    double h = 0;
    for (double x : p)
        if (x > 0) h -= x * std::log(x);
    return h;
}

bool near(double a, double b, double tolerance = 1e-6) {
    return std::abs(a - b) <= tolerance;
}

}  // namespace

class TestCalibration : public QObject {
    Q_OBJECT

  private slots:
    void hardnessAndMistakennessByHand() {
        // Ten classes, top 3 scored 0.5, 0.3, 0.1: the other 0.1 spreads over seven classes.
        // H = -(0.5 ln 0.5 + 0.3 ln 0.3 + 0.1 ln 0.1) - 0.1 ln(0.1 / 7) = 1.3628735 nats.
        const Prediction p = row(1, {3, 1, 4}, {0.5f, 0.3f, 0.1f});
        QVERIFY(near(tailMass(p, 10), 0.1));
        QVERIFY(near(tailProbability(p, 10), 0.1 / 7));
        QVERIFY(near(probabilityOf(p, 1, 10), 0.3));
        QVERIFY(near(probabilityOf(p, 9, 10), 0.1 / 7));
        QVERIFY2(near(hardness(p, 10), 1.3628735), qPrintable(QString::number(hardness(p, 10))));
        // Mistakenness (m exp(-H) + 1) / 2: m = -1 when top-1 is the label, +1 otherwise.
        QVERIFY(near(mistakenness(p, 3, 10), 0.3720378));  // (1 - e^-H) / 2
        QVERIFY(near(mistakenness(p, 1, 10), 0.6279622));  // (1 + e^-H) / 2
        QVERIFY(near(mistakenness(p, 9, 10), 0.6279622));  // outside the top k: still wrong
        // Certain and right: hardness 0, mistakenness 0; certain and wrong: 1.
        const Prediction sure = row(2, {0, 1, 2}, {1.0f, 0.0f, 0.0f});
        QVERIFY(near(hardness(sure, 10), 0));
        QVERIFY(near(mistakenness(sure, 0, 10), 0));
        QVERIFY(near(mistakenness(sure, 5, 10), 1));
        // Scores summing a hair past 1 leave an empty tail, not a negative one.
        const Prediction over = row(3, {0, 1, 2}, {0.7f, 0.2f, 0.1000002f});
        QCOMPARE(tailMass(over, 10), 0.0);
    }

    void evenTailAgainstFullDistributions() {
        // Where the classes outside the top k really are equal, the model is exact.
        const std::vector<double> even = {0.5, 0.2, 0.1, 0.1, 0.1};
        QVERIFY(near(hardness(row(1, {0, 1}, {0.5f, 0.2f}), 5), entropyOf(even)));
        // With k = C it is the distribution itself.
        const std::vector<double> full = {0.4, 0.3, 0.1, 0.1, 0.05, 0.05};
        const Prediction all = row(2, {0, 1, 2, 3, 4, 5}, {0.4f, 0.3f, 0.1f, 0.1f, 0.05f, 0.05f});
        QVERIFY(near(hardness(all, 6), entropyOf(full)));
        QCOMPARE(tailMass(all, 6), 0.0);
        // Otherwise an even tail has the most entropy a tail of that mass can have: an upper
        // bound on the true hardness, and the top k stay the most probable classes.
        const Prediction top3 = row(3, {0, 1, 2}, {0.4f, 0.3f, 0.1f});
        QVERIFY(hardness(top3, 6) > entropyOf(full));
        QVERIFY(hardness(top3, 6) <= entropyOf({0.4, 0.3, 0.1, 0.2 / 3, 0.2 / 3, 0.2 / 3}) + 1e-6);
        QVERIFY(tailProbability(top3, 6) <= 0.1);
    }

    void temperatureMatchesTheClosedForm() {
        // k = C: p_i^(1/T) renormalised is softmax(log p / T), computed here directly.
        const std::vector<float> p = {0.5f, 0.25f, 0.15f, 0.1f};
        const Prediction all = row(1, {2, 0, 3, 1}, p);
        for (double t : {0.5, 1.0, 2.0, 5.0}) {
            double z = 0;
            for (float x : p)
                z += std::exp(std::log(x) / t);
            const Prediction s = withTemperature(all, t, 4);
            QCOMPARE(s.classes, all.classes);
            for (size_t i = 0; i < p.size(); ++i)
                QVERIFY(near(s.scores[i], std::exp(std::log(p[i]) / t) / z));
        }
        // Top 2 of four classes at T = 2: sqrt(0.6), sqrt(0.2) and two tail classes at
        // sqrt(0.1) each, over their sum: 0.4177377, 0.2411810, and a tail of 0.3410814.
        const Prediction top2 = row(2, {0, 1}, {0.6f, 0.2f});
        const Prediction s = withTemperature(top2, 2.0, 4);
        QVERIFY(near(s.scores[0], 0.4177377));
        QVERIFY(near(s.scores[1], 0.2411810));
        QVERIFY(near(tailMass(s, 4), 0.3410814));
        // T = 1 changes nothing; T < 1 sharpens.
        QVERIFY(near(withTemperature(top2, 1.0, 4).scores[0], 0.6));
        QVERIFY(withTemperature(top2, 0.5, 4).scores[0] > 0.6f);
    }

    void eceByHand() {
        QCOMPARE(calibrationBin(0.0), 0);
        QCOMPARE(calibrationBin(1.0 / 15), 0);  // bins are closed on the right
        QCOMPARE(calibrationBin(1.0 / 15 + 1e-9), 1);
        QCOMPARE(calibrationBin(0.2), 2);  // 3/15
        QCOMPARE(calibrationBin(0.5), 7);
        QCOMPARE(calibrationBin(1.0), 14);
        // 0.95 x3 (one right) in bin 14, 0.5 x2 (both right) in bin 7, 0.2 wrong in bin 2:
        // (3 |1/3 - 0.95| + 2 |1 - 0.5| + |0 - 0.2|) / 6 = 0.5083333.
        Reliability r;
        for (auto [conf, ok] : std::vector<std::pair<double, bool>>{{0.95, true},
                                                                    {0.95, false},
                                                                    {0.95, false},
                                                                    {0.5, true},
                                                                    {0.5, true},
                                                                    {0.2, false}})
            r.add(conf, ok);
        QCOMPARE(r.images, int64_t(6));
        QCOMPARE(r.bins[14].images, int64_t(3));
        QCOMPARE(r.bins[7].correct, int64_t(2));
        QCOMPARE(r.bins[2].images, int64_t(1));
        QVERIFY(near(r.ece(), 0.5083333));
        QVERIFY(near(r.accuracy(), 0.5));
        QCOMPARE(Reliability().ece(), 0.0);
    }

    void calibrationPerGroupAndInTheJson() {
        // The taxonomy fixture's 17 val images (ids 187..203; classes 0..5 with 3,3,3,3,2,3).
        const Dataset ds = fixtures::taxonomyDataset();
        const Taxonomy tax = Taxonomy::build(ds);
        PredictionSet p;
        for (const ImageRecord& im : ds.images) {
            if (im.split != Split::Val) continue;
            // Insecta (classes 0-2) right at 0.9; the others wrong at 0.6.
            const bool insect = im.label <= 2;
            const int32_t other = (im.label + 1) % 6, third = (im.label + 2) % 6;
            p.rows.push_back(insect ? row(im.id, {im.label, other, third}, {0.9f, 0.05f, 0.05f})
                                    : row(im.id, {other, im.label, third}, {0.6f, 0.3f, 0.1f}));
        }
        const auto counts = ds.classCounts(Split::Train);
        const AnalysisReport r = analyse(ds, tax, p, counts, {2, 10, 50, 101});
        QVERIFY(r.calibration);
        // All: 9 right at 0.9 (bin 13), 8 wrong at 0.6 (bin 8): (9 * 0.1 + 8 * 0.6) / 17.
        QVERIFY(near(r.calibration->all.ece(), (9 * 0.1 + 8 * 0.6) / 17));
        const auto& supers = tax.supercategories();
        for (size_t s = 0; s < supers.size(); ++s)
            QVERIFY(
                near(r.calibration->supercategories[s].ece(), supers[s] == "Insecta" ? 0.1 : 0.6));
        // Buckets by train count: [2,10) holds classes 1 (3) and 4 (7): 3 right + 2 wrong.
        QCOMPARE(r.calibration->buckets[0].images, int64_t(5));
        QVERIFY(near(r.calibration->buckets[0].ece(), (3 * 0.1 + 2 * 0.6) / 5));

        const auto j = nlohmann::json::parse(analysisToJson(r, ds, tax));
        QVERIFY(near(j["ece"].get<double>(), (9 * 0.1 + 8 * 0.6) / 17));
        QVERIFY(near(j["buckets"][0]["ece"].get<double>(), 0.3));
        QVERIFY(j["supercategories"][0].contains("ece"));
        QVERIFY(!j.contains("temperature"));
        // A Kaggle CSV has no scores: no calibration, no "ece".
        PredictionSet plain = p;
        for (Prediction& row : plain.rows)
            row.scores.clear();
        const AnalysisReport rp = analyse(ds, tax, plain, counts, {2, 10, 50, 101});
        QVERIFY(!rp.calibration);
        QVERIFY(!nlohmann::json::parse(analysisToJson(rp, ds, tax)).contains("ece"));
    }

    void temperatureLowersTheErrorOfAnOverconfidentModel() {
        // 100 classes; every prediction says 0.9 for its first guess, which is right only 40%
        // of the time; 30% have the truth second, 30% outside the top 5.
        const int32_t classes = 100;
        PredictionSet p;
        std::vector<int32_t> truths;
        for (int64_t id = 0; id < 2000; ++id) {
            const auto truth = int32_t(id % classes);
            const int kind = int(id % 10);
            const int32_t a = (truth + 1) % classes, b = (truth + 2) % classes;
            std::vector<int32_t> top = kind < 4   ? std::vector<int32_t>{truth, a, b, 90, 91}
                                       : kind < 7 ? std::vector<int32_t>{a, truth, b, 90, 91}
                                                  : std::vector<int32_t>{a, b, 88, 90, 91};
            p.rows.push_back(row(id, top, {0.9f, 0.03f, 0.01f, 0.005f, 0.005f}));
            truths.push_back(truth);
        }
        const auto fit = fitOnMinival(p, truths, classes);
        QVERIFY(fit);
        int64_t minival = 0;
        for (const Prediction& r : p.rows)
            minival += inMinival(r.imageId);
        QCOMPARE(fit->fitImages, minival);
        QCOMPARE(fit->fitImages + fit->heldOutImages, int64_t(2000));
        QVERIFY2(fit->temperature > 1.3, qPrintable(QString::number(fit->temperature)));
        QVERIFY(near(fit->eceBefore, 0.5, 0.01));  // |0.4 - 0.9|
        QVERIFY2(fit->eceAfter < 0.1,
                 qPrintable(QString("ECE %1 -> %2").arg(fit->eceBefore).arg(fit->eceAfter)));
        QVERIFY(fit->nllAfter < fit->nllBefore);
        // It is the minimum of the likelihood it was fitted on.
        std::vector<char> use(p.rows.size());
        for (size_t i = 0; i < use.size(); ++i)
            use[i] = inMinival(p.rows[i].imageId);
        const double at = meanNegativeLogLikelihood(p, truths, use, classes, fit->temperature);
        QVERIFY(near(at, fit->nllAfter));
        for (double f : {0.95, 1.05})
            QVERIFY(at <= meanNegativeLogLikelihood(p, truths, use, classes, fit->temperature * f));
        // Without scores there is nothing to fit.
        PredictionSet plain = p;
        for (Prediction& r : plain.rows)
            r.scores.clear();
        QVERIFY(!fitOnMinival(plain, truths, classes));
    }

    void likelyLabelErrorsMostConfidentFirst() {
        // Three classes, full distributions. Rows 0-2 wrong with entropies 1.0297, 0.3944 and
        // 0.1119 nats; row 3 right.
        PredictionSet p;
        p.rows = {row(1, {1, 0, 2}, {0.5f, 0.3f, 0.2f}), row(2, {1, 0, 2}, {0.9f, 0.05f, 0.05f}),
                  row(3, {2, 1, 0}, {0.98f, 0.01f, 0.01f}),
                  row(4, {0, 1, 2}, {0.99f, 0.005f, 0.005f})};
        const std::vector<int32_t> truths = {0, 0, 0, 0};
        const auto scores = scoreImages(p, truths, 3);
        QVERIFY(near(scores[0].mistakenness, 0.6785654));
        QVERIFY(near(scores[1].mistakenness, 0.8370430));
        QVERIFY(near(scores[2].mistakenness, 0.9470659));
        QVERIFY(near(scores[2].hardness, 0.1119021));
        QVERIFY(near(scores[1].labelProbability, 0.05));
        QVERIFY(near(scores[2].confidence, 0.98));
        QVERIFY(scores[3].correct && scores[3].mistakenness < 0.5f);
        QCOMPARE(likelyLabelErrors(scores), (std::vector<int32_t>{2, 1, 0}));
    }

    void badScoresAreRefusedByLine() {
        const Dataset ds = fixtures::taxonomyDataset();
        auto read = [&](const std::string& line) {
            std::string text = "image_id,category_ids,scores\n";
            for (const ImageRecord& im : ds.images)
                if (im.split == Split::Val)
                    text +=
                        im.id == 187 ? line + "\n" : std::to_string(im.id) + ",0 1 2,0.5 0.3 0.2\n";
            return readPredictions(text, "p.csv", ds, Split::Val);
        };
        QCOMPARE(read("187,0 1 2,0.5 0.3 0.2").rows[0].scores.size(), size_t(3));
        for (const char* bad : {"187,0 1 2,0.5 x 0.2", "187,0 1 2,0.5 1.5 0.2",
                                "187,0 1 2,0.5 -0.1 0.2", "187,0 1 2,0.9 0.6 0.2"}) {
            try {
                read(bad);
                QFAIL(bad);
            } catch (const Error& e) {
                QVERIFY2(QString(e.what()).startsWith("p.csv: line 2: "), e.what());
            }
        }
    }
};

QTEST_APPLESS_MAIN(TestCalibration)
#include "test_calibration.moc"
