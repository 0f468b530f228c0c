// Analysis metrics on a hand-computed fixture and against a plain independent computation on
// random predictions; prediction files round trip, and malformed ones are refused by line.

#include <QTemporaryDir>
#include <QtTest>
#include <map>
#include <random>

#include "TestFixtures.h"
#include "dataset/Buckets.h"
#include "dataset/DatasetLoader.h"
#include "eval/Analysis.h"
#include "util/Error.h"

using namespace taxa;

namespace {

Prediction guess(int64_t id, std::vector<int32_t> classes) {
    return Prediction{id, std::move(classes), {}};
}

}  // namespace

class TestAnalysis : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    Dataset ds_;
    Taxonomy tax_;

  private slots:
    void initTestCase() {
        fixtures::writeDataset2018(dir_);
        ds_ = loadDataset(dir_.path().toStdString());
        tax_ = Taxonomy::build(ds_);
    }

    void handComputedFixture() {
        // Val: image 10 is class 0, 11 class 1, 12 class 2 (Parus major). Train counts 3, 1, 1.
        PredictionSet p;
        p.rows = {guess(10, {1, 0, 2}), guess(11, {1, 2, 0}), guess(12, {0, 1, 2})};
        const AnalysisReport r = analyse(ds_, tax_, p, {3, 1, 1}, {1, 2, 4});
        QCOMPARE(r.images, int64_t(3));
        QCOMPARE(r.top1Error, 2.0 / 3);
        QCOMPARE(r.top3Error, 0.0);
        QCOMPARE(r.perClass[1].top1, int64_t(1));
        QCOMPARE(r.perClass[0].top3, int64_t(1));
        // Insecta: classes 0 and 1, accuracies 0 and 1; Aves: class 2, accuracy 0.
        QCOMPARE(r.supercategories[0].name, std::string("Insecta"));
        QCOMPARE(r.supercategories[0].meanClassAccuracy, 0.5);
        QCOMPARE(r.supercategories[1].meanClassAccuracy, 0.0);
        // Buckets [1,2) holds classes 1 and 2; [2,4) class 0.
        QCOMPARE(r.buckets[0].classes, int64_t(2));
        QCOMPARE(r.buckets[0].meanClassAccuracy, 0.5);
        QCOMPARE(r.buckets[1].imageAccuracy, 0.0);
        // Pairs: 0 taken for 1 once; 2 taken for 0 once.
        QCOMPARE(r.confusedPairs.size(), size_t(2));
        QCOMPARE(r.confusedPairs[0].a, 0);
        QCOMPARE(r.confusedPairs[0].b, 1);
        QCOMPARE(r.confusedPairs[0].aAsB, int64_t(1));
        QCOMPARE(r.confusedPairs[1].b, 2);
        QCOMPARE(r.confusedPairs[1].bAsA, int64_t(1));
        // Two ladybirds share a genus; a tit and a ladybird only a kingdom.
        QCOMPARE(r.rankOfError[size_t(AgreeRank::Genus)], int64_t(1));
        QCOMPARE(r.rankOfError[size_t(AgreeRank::Kingdom)], int64_t(1));
        const QString json = QString::fromStdString(analysisToJson(r, ds_, tax_));
        for (const char* key :
             {"top1_error", "top3_error", "supercategories", "mean_class_accuracy", "buckets",
              "confused_pairs", "rank_of_error"})
            QVERIFY2(json.contains(key), key);
        // A/B: the second set fixes image 10.
        PredictionSet better = p;
        better.rows[0] = guess(10, {0, 1, 2});
        const auto delta = compareClasses(r, analyse(ds_, tax_, better, {3, 1, 1}, {1, 2, 4}));
        QCOMPARE(delta.size(), size_t(1));
        QCOMPARE(delta[0].cls, 0);
        QCOMPARE(delta[0].delta(), 1.0);
    }

    void matchesAPlainComputationOnRandomPredictions() {
        // 300 classes in 30 genera of 10 families; 3,000 val images; random top-5 guesses.
        std::mt19937_64 gen(7);
        Dataset ds;
        for (int c = 0; c < 300; ++c) {
            Category cat;
            cat.id = c * 3 + 1;
            cat.name = "s" + std::to_string(c);
            cat.supercategory = c % 4 ? "Plantae" : "Aves";
            cat.ranks = {"K",
                         "P" + std::to_string(c / 180),
                         "C",
                         "O" + std::to_string(c / 60),
                         "F" + std::to_string(c / 30),
                         "G" + std::to_string(c / 10)};
            ds.categories.push_back(cat);
        }
        ds.indexCategories();
        std::vector<int64_t> train(300);
        for (auto& t : train)
            t = 2 + int64_t(gen() % 900);
        PredictionSet p;
        for (int i = 0; i < 3000; ++i) {
            ImageRecord im;
            im.id = 1000 + i;
            im.split = Split::Val;
            im.label = int32_t(gen() % 300);
            ds.images.push_back(im);
            std::vector<int32_t> g;
            // Guesses near the truth half of the time, so every rank of error occurs.
            for (int k = 0; k < 5; ++k)
                g.push_back(gen() % 2 ? int32_t((im.label / 10) * 10 + gen() % 10)
                                      : int32_t(gen() % 300));
            p.rows.push_back(guess(im.id, g));
        }
        const Taxonomy tax = Taxonomy::build(ds);
        const auto edges = defaultBucketEdges();
        const AnalysisReport r = analyse(ds, tax, p, train, edges);

        // The plain way: loops and maps.
        double wrong1 = 0, wrong3 = 0;
        std::map<int, std::pair<int, int>> perClass;  // images, top-1 hits
        std::map<std::pair<int, int>, int> directed;
        std::map<std::string, int> ranks;
        for (size_t i = 0; i < p.rows.size(); ++i) {
            const int truth = ds.images[i].label;
            const auto& g = p.rows[i].classes;
            const bool in3 = g[0] == truth || g[1] == truth || g[2] == truth;
            wrong1 += g[0] != truth;
            wrong3 += !in3;
            perClass[truth].first++;
            perClass[truth].second += g[0] == truth;
            if (g[0] != truth) {
                directed[{truth, g[0]}]++;
                const auto& a = ds.categories[size_t(truth)].ranks;
                const auto& b = ds.categories[size_t(g[0])].ranks;
                // Taxa are the same when their whole path from the kingdom down is.
                auto samePath = [&](int level) {
                    return std::equal(a.begin(), a.begin() + level + 1, b.begin());
                };
                const char* names[6] = {"kingdom", "phylum", "class", "order", "family", "genus"};
                const char* rank = "none";
                for (int level = 5; level >= 0; --level)
                    if (samePath(level)) {
                        rank = names[level];
                        break;
                    }
                ranks[rank]++;
            }
        }
        QCOMPARE(r.top1Error, wrong1 / 3000);
        QCOMPARE(r.top3Error, wrong3 / 3000);
        for (const auto& [c, n] : perClass) {
            QCOMPARE(r.perClass[size_t(c)].images, int64_t(n.first));
            QCOMPARE(r.perClass[size_t(c)].top1, int64_t(n.second));
        }
        for (int k = 0; k < kAgreeRanks; ++k)
            QVERIFY2(r.rankOfError[size_t(k)] == ranks[agreeRankName(AgreeRank(k))],
                     qPrintable(QString("%1: %2 vs %3")
                                    .arg(agreeRankName(AgreeRank(k)))
                                    .arg(r.rankOfError[size_t(k)])
                                    .arg(ranks[agreeRankName(AgreeRank(k))])));
        int64_t pairTotal = 0;
        for (const auto& pair : r.confusedPairs) {
            QCOMPARE(pair.aAsB, int64_t(directed[{pair.a, pair.b}]));
            QCOMPARE(pair.bAsA, int64_t(directed[{pair.b, pair.a}]));
            pairTotal += pair.total();
        }
        QCOMPARE(double(pairTotal), wrong1);
        for (size_t i = 1; i < r.confusedPairs.size(); ++i)
            QVERIFY(r.confusedPairs[i - 1].total() >= r.confusedPairs[i].total());
        // Buckets, class mean and image-weighted, from the same per-class numbers.
        for (size_t b = 0; b + 1 < edges.size(); ++b) {
            double sum = 0, classes = 0, hits = 0, images = 0;
            for (const auto& [c, n] : perClass)
                if (train[size_t(c)] >= edges[b] && train[size_t(c)] < edges[b + 1])
                    sum += double(n.second) / n.first, classes++, hits += n.second,
                        images += n.first;
            QCOMPARE(r.buckets[b].classes, int64_t(classes));
            QVERIFY(std::abs(r.buckets[b].meanClassAccuracy - (classes ? sum / classes : 0)) <
                    1e-12);
            QVERIFY(std::abs(r.buckets[b].imageAccuracy - (images ? hits / images : 0)) < 1e-12);
        }
    }

    void csvRoundTrip() {
        PredictionSet p;
        p.rows = {Prediction{10, {2, 0, 1}, {0.5f, 0.3f, 0.2f}},
                  Prediction{11, {1, 2, 0}, {0.9f, 0.06f, 0.04f}},
                  Prediction{12, {0, 1, 2}, {0.4f, 0.35f, 0.25f}}};
        const std::string kaggle = toKaggleCsv(p, ds_);
        QVERIFY(kaggle.rfind("id,predicted\n10,7 0 1\n", 0) == 0);  // category ids, not indices
        const PredictionSet back = readPredictions(kaggle, "p.csv", ds_, Split::Val);
        const PredictionSet topk =
            readPredictions(toTopkCsv(p, ds_), "p.topk.csv", ds_, Split::Val);
        for (size_t i = 0; i < 3; ++i) {
            QCOMPARE(back.rows[i].classes, p.rows[i].classes);
            QCOMPARE(topk.rows[i].scores, p.rows[i].scores);
        }
    }

    void refusesMalformedCsv_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        const QString ok2 = "11,1 0 7\n12,7 1 0\n";
        QTest::newRow("empty") << ""
                               << "p.csv: empty file";
        QTest::newRow("bad header")
            << "image,guess\n10,0 1 7\n" + ok2 << "p.csv: line 1: header is 'image,guess'";
        QTest::newRow("missing id") << "id,predicted\n" + ok2 << "no prediction for image id 10";
        QTest::newRow("two labels")
            << "id,predicted\n10,0 1\n" + ok2 << "line 2: has 2 labels, at least 3";
        QTest::newRow("unknown id")
            << "id,predicted\n99,0 1 7\n" + ok2 << "line 2: image id 99 is not in the val split";
        QTest::newRow("duplicate id")
            << "id,predicted\n10,0 1 7\n10,0 1 7\n" + ok2 << "line 3: image id 10 appears twice";
        QTest::newRow("unknown category")
            << "id,predicted\n10,0 1 5\n" + ok2 << "line 2: category id 5 is unknown";
        QTest::newRow("not a number")
            << "id,predicted\n10,0 one 7\n" + ok2 << "line 2: label 'one' is not an integer";
        QTest::newRow("no comma") << "id,predicted\n10 0 1 7\n" + ok2
                                  << "line 2: expected 'id,labels'";
        // strtoll stops at a NUL: "1\0..." read as image id 1 before the NUL was looked for.
        QTest::newRow("NUL byte") << QString::fromLatin1("id,predicted\n10,0 1 7\n1\0\0x,0 1 7\n",
                                                         30)
                                  << "p.csv: line 3, byte 2: NUL byte (not a text file?)";
        // Control bytes from the file reach a terminal only escaped.
        QTest::newRow("control bytes in the header")
            << "\x1b]0;pwned\x07id,predicted\n" + ok2
            << "p.csv: line 1: header is '\\x1B]0;pwned\\x07id,predicted', expected";
        QTest::newRow("control bytes in a label") << "id,predicted\n10,0 \x1b[2J 7\n" + ok2
                                                  << "line 2: label '\\x1B[2J' is not an integer";
        QTest::newRow("score not a number") << "image_id,category_ids,scores\n10,0 1 7,0.5 x 0.1\n"
                                            << "line 2: score 'x' is not a probability";
    }

    void acceptsAByteOrderMark() {
        const std::string csv = "\xEF\xBB\xBFid,predicted\r\n10,0 1 7\r\n11,1 0 7\r\n12,7 1 0\r\n";
        const PredictionSet p = readPredictions(csv, "excel.csv", ds_, Split::Val);
        QCOMPARE(p.rows[2].classes, (std::vector<int32_t>{2, 1, 0}));
    }

    void refusesMalformedCsv() {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        try {
            readPredictions(text.toStdString(), "p.csv", ds_, Split::Val);
            QFAIL("accepted");
        } catch (const Error& e) {
            QVERIFY2(QString(e.what()).contains(expected), e.what());
        }
    }
};

QTEST_APPLESS_MAIN(TestAnalysis)
#include "test_analysis.moc"
