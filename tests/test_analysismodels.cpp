// The analysis models on a small demo dataset with known mistakes: confused pairs and per-class
// rows under QAbstractItemModelTester, matching analyse(); sorting and filtering; the mistakes
// of a class; the CSV report. On three species worked by hand (HandWorkedPr.h): the per-class
// precision and F1 cells, an undefined precision shown as a dash and sorted last either way,
// and B's F1 and its change.

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QtTest>
#include <set>

#include "DemoFixture.h"
#include "HandWorkedPr.h"
#include "dataset/Buckets.h"
#include "eval/Analysis.h"
#include "models/ConfusedPairsModel.h"
#include "models/PerClassModel.h"
#include "state/AnalysisResult.h"
#include "state/ReportCsv.h"

class TestAnalysisModels : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    std::shared_ptr<const LoadedDataset> data_;
    std::shared_ptr<const AnalysisResult> a_, b_;

  private slots:
    void initTestCase() {
        data_ = fixtures::demo(dir_);
        a_ = AnalysisResult::compute(*data_, fixtures::confusedPredictions(*data_), "A");
        b_ = AnalysisResult::compute(*data_, fixtures::confusedPredictions(*data_, 2), "B");
    }

    void resultMatchesAnalyse() {
        const taxa::AnalysisReport expected =
            taxa::analyse(data_->dataset, data_->taxonomy, fixtures::confusedPredictions(*data_),
                          data_->trainCounts, taxa::defaultBucketEdges());
        QCOMPARE(a_->report.top1Error, expected.top1Error);
        QCOMPARE(a_->report.top3Error, expected.top3Error);
        QVERIFY(a_->report.top3Error > 0);
        // From the fixture's recipe: every val image of class 1 is wrong (top-3 too), and so is
        // the first val image of each other class divisible by 3 (top-1 only).
        int64_t n = 0, ofClass1 = 0;
        std::set<int32_t> shifted;
        for (const taxa::ImageRecord& im : data_->dataset.images) {
            if (im.split != taxa::Split::Val) continue;
            ++n;
            if (im.label == 1)
                ++ofClass1;
            else if (im.label % 3 == 0)
                shifted.insert(im.label);
        }
        QCOMPARE(a_->report.top1Error, double(ofClass1 + int64_t(shifted.size())) / double(n));
        QCOMPARE(a_->report.top3Error, double(ofClass1) / double(n));
        // Every val image of class 1 was taken for class 0; the first of class 0 for class 1.
        const int64_t val1 = a_->report.perClass[1].images;
        QCOMPARE(int64_t(a_->mistakenAs(1, 0).size()), val1);
        QCOMPARE(a_->mistakenAs(0, 1).size(), size_t(1));
        QCOMPARE(a_->mistakenAs(2, 0).size(), size_t(0));
        for (int32_t image : a_->mistakenAs(1, 0))
            QCOMPARE(data_->dataset.images[size_t(image)].label, 1);
        int64_t wrong = 0;
        for (const auto& m : a_->mistakes)
            wrong += int64_t(m.size());
        QCOMPARE(double(wrong) / double(a_->report.images), expected.top1Error);
    }

    void confusedPairs() {
        ConfusedPairsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResult(data_, a_);
        const auto& pairs = a_->report.confusedPairs;
        QCOMPARE(model.rowCount(), int(pairs.size()));
        QCOMPARE(model.columnCount(), int(ConfusedPairsModel::ColumnCount));
        for (int row = 0; row < model.rowCount(); ++row) {
            const auto& p = pairs[size_t(row)];
            QCOMPARE(model.index(row, 0).data(ConfusedPairsModel::ClassARole).toInt(), p.a);
            QCOMPARE(model.index(row, 0).data(ConfusedPairsModel::ClassBRole).toInt(), p.b);
            QCOMPARE(model.index(row, ConfusedPairsModel::AasB).data().toLongLong(), p.aAsB);
            QCOMPARE(model.index(row, ConfusedPairsModel::BasA).data().toLongLong(), p.bAsA);
            QCOMPARE(model.index(row, ConfusedPairsModel::Total).data().toLongLong(), p.total());
            QCOMPARE(model.index(row, ConfusedPairsModel::SpeciesA).data().toString(),
                     QString::fromStdString(data_->dataset.categories[size_t(p.a)].name));
        }
        // The most confused pair is 0 and 1. The shared taxon names the lowest common rank.
        QCOMPARE(model.index(0, 0).data(ConfusedPairsModel::ClassARole).toInt(), 0);
        QCOMPARE(model.index(0, 0).data(ConfusedPairsModel::ClassBRole).toInt(), 1);
        const auto& tax = data_->taxonomy;
        int sameGenus = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const auto& p = pairs[size_t(row)];
            const QString shared = model.index(row, ConfusedPairsModel::Shared).data().toString();
            const int32_t ka = tax.ancestor(tax.speciesNode(p.a), taxa::Rank::Kingdom);
            QCOMPARE(shared == "none (other kingdoms)",
                     ka != tax.ancestor(tax.speciesNode(p.b), taxa::Rank::Kingdom));
            const int32_t ga = tax.ancestor(tax.speciesNode(p.a), taxa::Rank::Genus);
            if (ga == tax.ancestor(tax.speciesNode(p.b), taxa::Rank::Genus)) {
                ++sameGenus;
                QCOMPARE(shared, "genus " + QString::fromStdString(tax.node(ga).name));
            }
        }
        QCOMPARE(commonTaxon(tax, 3, 3).left(6), QString("genus "));
        // Sorting by a count column goes by number.
        QSortFilterProxyModel sorted;
        sorted.setSourceModel(&model);
        sorted.setSortRole(ConfusedPairsModel::SortRole);
        sorted.sort(ConfusedPairsModel::Total, Qt::AscendingOrder);
        for (int row = 1; row < sorted.rowCount(); ++row)
            QVERIFY(sorted.index(row - 1, ConfusedPairsModel::Total).data().toLongLong() <=
                    sorted.index(row, ConfusedPairsModel::Total).data().toLongLong());
        model.setResult(nullptr, nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void perClassAndFilter() {
        PerClassModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResults(data_, a_);
        QCOMPARE(model.rowCount(), data_->taxonomy.classCount());
        QCOMPARE(model.columnCount(), int(PerClassModel::Top1B));
        for (int c = 0; c < model.rowCount(); ++c) {
            const auto& r = a_->report.perClass[size_t(c)];
            QCOMPARE(model.index(c, PerClassModel::Top1).data(PerClassModel::SortRole).toDouble(),
                     r.accuracy());
            QCOMPARE(model.index(c, PerClassModel::Val).data().toLongLong(), r.images);
            QCOMPARE(model.index(c, PerClassModel::Train).data().toLongLong(),
                     data_->trainCounts[size_t(c)]);
        }
        QCOMPARE(model.index(1, PerClassModel::Top1).data().toString(), QString("0.0%"));

        PerClassFilter filter;
        QAbstractItemModelTester proxyTester(
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        filter.setOnlyMistakes(true);
        int withMistakes = 0;
        for (const auto& m : a_->mistakes)
            withMistakes += m.empty() ? 0 : 1;
        QCOMPARE(filter.rowCount(), withMistakes);
        filter.setOnlyMistakes(false);
        const QString super = QString::fromStdString(data_->taxonomy.supercategories()[0]);
        filter.setText(super.toUpper());
        QVERIFY(filter.rowCount() > 0);
        for (int row = 0; row < filter.rowCount(); ++row)
            QCOMPARE(filter.index(row, PerClassModel::Supercategory).data().toString(), super);
        filter.setText({});
        filter.sort(PerClassModel::Top1, Qt::AscendingOrder);
        QCOMPARE(filter.index(0, 0).data(PerClassModel::ClassRole).toInt(), 1);  // 0% first

        // A/B: two more columns, B minus A.
        model.setResults(data_, a_, b_);
        QCOMPARE(model.columnCount(), int(PerClassModel::ColumnCount));
        for (int c = 0; c < model.rowCount(); ++c)
            QCOMPARE(model.index(c, PerClassModel::Delta).data(PerClassModel::SortRole).toDouble(),
                     b_->report.perClass[size_t(c)].accuracy() -
                         a_->report.perClass[size_t(c)].accuracy());
        model.setResults(nullptr, nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void precisionAndF1ByHand() {
        const auto data = fixtures::handWorkedDataset();
        const auto a =
            AnalysisResult::compute(*data, fixtures::handWorkedPredictions(*data), "hand");
        PerClassModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResults(data, a);
        QCOMPARE(model.rowCount(), 3);
        auto cell = [&model](int c, int column, int role = Qt::DisplayRole) {
            return model.index(c, column).data(role);
        };
        // Species 0: precision 1/4, recall 1/2, F1 1/3; species 1: all three 1/2.
        QCOMPARE(cell(0, PerClassModel::Precision).toString(), QString("25.0%"));
        QCOMPARE(cell(0, PerClassModel::Precision, PerClassModel::SortRole).toDouble(), 0.25);
        QCOMPARE(cell(0, PerClassModel::Top1).toString(), QString("50.0%"));
        QCOMPARE(cell(0, PerClassModel::F1).toString(), QString("33.3%"));
        QVERIFY(qAbs(cell(0, PerClassModel::F1, PerClassModel::SortRole).toDouble() - 1.0 / 3) <
                1e-12);
        QCOMPARE(cell(1, PerClassModel::Precision).toString(), QString("50.0%"));
        QCOMPARE(cell(1, PerClassModel::F1).toString(), QString("50.0%"));
        // Species 2, never guessed: no precision (a dash, no number to sort, a tip saying why),
        // while its F1 is a true 0 (recall 0).
        QCOMPARE(cell(2, PerClassModel::Precision).toString(), QString("\u2013"));
        QVERIFY(!cell(2, PerClassModel::Precision, PerClassModel::SortRole).isValid());
        QVERIFY(
            cell(2, PerClassModel::Precision, Qt::ToolTipRole).toString().contains("undefined"));
        QVERIFY(!cell(1, PerClassModel::Precision, Qt::ToolTipRole).isValid());
        QCOMPARE(cell(2, PerClassModel::F1).toString(), QString("0.0%"));
        QCOMPARE(cell(2, PerClassModel::F1, PerClassModel::SortRole).toDouble(), 0.0);
        // Top-1 is recall, and every measure explains itself on its header.
        QVERIFY(model.headerData(PerClassModel::Top1, Qt::Horizontal, Qt::DisplayRole)
                    .toString()
                    .contains("recall"));
        for (int column : {int(PerClassModel::Top1), int(PerClassModel::Top3),
                           int(PerClassModel::Precision), int(PerClassModel::F1)})
            QVERIFY(
                !model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
        QVERIFY(model.headerData(PerClassModel::Top1, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains("recall"));

        // B guesses everything right: F1 1 for all, so B - A is 2/3, 1/2 and 1, in points.
        const auto b = AnalysisResult::compute(*data, fixtures::allRight(*data), "B");
        model.setResults(data, a, b);
        QCOMPARE(model.columnCount(), int(PerClassModel::ColumnCount));
        QCOMPARE(cell(0, PerClassModel::F1B).toString(), QString("100.0%"));
        QCOMPARE(cell(0, PerClassModel::DeltaF1).toString(), QString("+66.7"));
        QCOMPARE(cell(1, PerClassModel::DeltaF1).toString(), QString("+50.0"));
        QCOMPARE(cell(2, PerClassModel::DeltaF1).toString(), QString("+100.0"));
        QCOMPARE(cell(2, PerClassModel::Delta).toString(), QString("+100.0"));   // top-1 still
        QVERIFY(cell(0, PerClassModel::DeltaF1, Qt::ForegroundRole).isValid());  // green
        QVERIFY(model.headerData(PerClassModel::Precision, Qt::Horizontal, Qt::DisplayRole)
                    .toString()
                    .endsWith(" A"));
    }

    void undefinedSortsLast() {
        const auto data = fixtures::handWorkedDataset();
        PerClassModel model;
        model.setResults(
            data, AnalysisResult::compute(*data, fixtures::handWorkedPredictions(*data), "hand"));
        PerClassFilter filter;
        filter.setSourceModel(&model);
        auto order = [&filter] {
            QList<int> classes;
            for (int row = 0; row < filter.rowCount(); ++row)
                classes << filter.index(row, 0).data(PerClassModel::ClassRole).toInt();
            return classes;
        };
        // 25% < 50%, and the never-guessed species after both, whichever way.
        filter.sort(PerClassModel::Precision, Qt::AscendingOrder);
        QCOMPARE(order(), QList<int>({0, 1, 2}));
        filter.sort(PerClassModel::Precision, Qt::DescendingOrder);
        QCOMPARE(order(), QList<int>({1, 0, 2}));
        // F1 0 is a number: species 2 leads ascending.
        filter.sort(PerClassModel::F1, Qt::AscendingOrder);
        QCOMPARE(order(), QList<int>({2, 0, 1}));
    }

    void csvReport() {
        const std::string csv = reportCsv(*data_, *a_, b_.get());
        const QStringList lines = QString::fromStdString(csv).split('\n');
        QVERIFY(lines[0].startsWith("class_index,category_id,species"));
        QVERIFY(lines[0].endsWith("top1_delta"));
        QVERIFY(lines[2].startsWith("1,"));
        QVERIFY(lines[2].contains(",0,"));  // class 1: no image right
        const int pairsHeader = lines.indexOf("species_a,species_b,a_as_b,b_as_a,total");
        QCOMPARE(pairsHeader, data_->taxonomy.classCount() + 2);
        QCOMPARE(lines.size() - pairsHeader - 2, int(a_->report.confusedPairs.size()));
    }
};

QTEST_MAIN(TestAnalysisModels)
#include "test_analysismodels.moc"
