// TaxonomyFilterProxy on the hand-built fixture (see TaxonomyFixture.h); every expected tree
// below was worked out by hand from the fixture's table.

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QTreeView>
#include <QtTest>
#include <limits>

#include "ModelDump.h"
#include "TaxonomyFixture.h"
#include "models/TaxonomyFilterProxy.h"
#include "models/TaxonomyModel.h"
#include "views/dataset/TaxonomyPanel.h"

namespace {

TaxonFilterCriteria search(const char* needle, int rank = -1) {
    TaxonFilterCriteria c;
    c.needle = needle;
    c.rank = rank;
    return c;
}

TaxonFilterCriteria range(int64_t lo, int64_t hi) {
    TaxonFilterCriteria c;
    c.minTrain = lo;
    c.maxTrain = hi;
    return c;
}

const char* kCoccinellidae = "Animalia(Arthropoda(Insecta(Coleoptera(Coccinellidae(";

}  // namespace

class TestTaxonomyFilter : public QObject {
    Q_OBJECT

    TaxonomyModel model_;
    TaxonomyFilterProxy proxy_;

    QString shown() { return fixtures::dumpTree(&proxy_); }

  private slots:
    void init() {
        model_.setMode(TaxonomyModel::Mode::RankTree);
        model_.setDataset(fixtures::taxonomyFixture());
        proxy_.setSourceModel(&model_);
        proxy_.setCriteria({});
        proxy_.sort(TaxonomyModel::Name, Qt::AscendingOrder);
    }

    void searchKeepsAncestors() {
        QAbstractItemModelTester tester(&proxy_,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy_.setCriteria(search("bipunctata"));
        QCOMPARE(shown(), QString(kCoccinellidae) +
                              "Adalia(Adalia bipunctata),Coccinella(Coccinella bipunctata))))))");
        QCOMPARE(proxy_.visibleSpecies(), 2);
        // A matching genus or family keeps the species below it.
        proxy_.setCriteria(search("coccinell"));
        QCOMPARE(shown(), QString(kCoccinellidae) +
                              "Adalia(Adalia bipunctata),Coccinella(Coccinella bipunctata,"
                              "Coccinella septempunctata))))))");
        // "par" is in Paridae (both tits), Parus and Parus major; nothing else.
        proxy_.setCriteria(search("par"));
        QCOMPARE(shown(), QString("Animalia(Chordata(Aves(Passeriformes(Paridae(Cyanistes("
                                  "Cyanistes caeruleus),Parus(Parus major))))))"));
        proxy_.setCriteria(search("zzz"));
        QCOMPARE(shown(), QString());
        QCOMPARE(proxy_.visibleSpecies(), 0);
        proxy_.setCriteria({});
        QCOMPARE(proxy_.visibleSpecies(), 6);
        QCOMPARE(proxy_.rowCount(), 2);
    }

    void rankFilter() {
        QAbstractItemModelTester tester(&proxy_,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Only the genus Coccinella matches now, not the family Coccinellidae.
        proxy_.setCriteria(search("coccinell", static_cast<int>(taxa::Rank::Genus)));
        QCOMPARE(shown(), QString(kCoccinellidae) +
                              "Coccinella(Coccinella bipunctata,Coccinella septempunctata))))))");
        proxy_.setCriteria(search("par", static_cast<int>(taxa::Rank::Species)));
        QCOMPARE(shown(), QString("Animalia(Chordata(Aves(Passeriformes(Paridae(Parus(Parus "
                                  "major))))))"));
        proxy_.setCriteria(search("aves", static_cast<int>(taxa::Rank::Order)));
        QCOMPARE(shown(), QString());
        // A rank alone matches every name of that rank: every species has a genus.
        proxy_.setCriteria(search("", static_cast<int>(taxa::Rank::Genus)));
        QCOMPARE(proxy_.visibleSpecies(), 6);
    }

    void trainCountRange() {
        QAbstractItemModelTester tester(&proxy_,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // 10..50 training images: C. septempunctata (40), A. bipunctata (12), Q. robur (25).
        proxy_.setCriteria(range(10, 50));
        QCOMPARE(shown(), QString(kCoccinellidae) +
                              "Adalia(Adalia bipunctata),Coccinella(Coccinella septempunctata))))"
                              ")),Plantae(Tracheophyta(Magnoliopsida(Fagales(Fagaceae(Quercus("
                              "Quercus robur))))))");
        QCOMPARE(proxy_.visibleSpecies(), 3);
        // Bounds are inclusive.
        proxy_.setCriteria(range(3, 7));
        QCOMPARE(proxy_.visibleSpecies(), 2);  // C. bipunctata (3), C. caeruleus (7)
        // With a search, both must hold.
        TaxonFilterCriteria both = search("bipunctata");
        both.minTrain = 10;
        both.maxTrain = 50;
        proxy_.setCriteria(both);
        QCOMPARE(shown(), QString(kCoccinellidae) + "Adalia(Adalia bipunctata))))))");
    }

    void supercategoryShape() {
        QAbstractItemModelTester tester(&proxy_,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy_.setCriteria(search("coccinellidae"));
        model_.setMode(TaxonomyModel::Mode::Supercategories);
        // Matched through the taxonomy path, which this shape does not show.
        QCOMPARE(shown(), QString("Insecta(Adalia bipunctata,Coccinella bipunctata,Coccinella "
                                  "septempunctata)"));
        // "aves" is both a supercategory and a class.
        proxy_.setCriteria(search("aves"));
        QCOMPARE(shown(), QString("Aves(Cyanistes caeruleus,Parus major)"));
        proxy_.setCriteria(search("insecta", static_cast<int>(taxa::Rank::Kingdom)));
        QCOMPARE(shown(), QString());
        proxy_.setCriteria(search("plantae", kSupercategoryRank));
        QCOMPARE(shown(), QString("Plantae(Quercus robur)"));
        proxy_.setCriteria(range(0, 10));
        QCOMPARE(shown(), QString("Aves(Cyanistes caeruleus),Insecta(Coccinella bipunctata)"));
    }

    void sortsByCounts() {
        proxy_.sort(TaxonomyModel::Train, Qt::DescendingOrder);
        proxy_.setCriteria(search("coccinella", static_cast<int>(taxa::Rank::Genus)));
        QCOMPARE(shown(), QString(kCoccinellidae) +
                              "Coccinella(Coccinella septempunctata,Coccinella bipunctata))))))");
        proxy_.setCriteria({});
        // Kingdoms by training images: Animalia 162, Plantae 25.
        QCOMPARE(proxy_.index(0, 0).data().toString(), QString("Animalia"));
        proxy_.sort(TaxonomyModel::Train, Qt::AscendingOrder);
        QCOMPARE(proxy_.index(0, 0).data().toString(), QString("Plantae"));
    }

    void panelSearchIsCaseInsensitiveAndExpands() {
        TaxonomyPanel panel;
        panel.setDataset(fixtures::taxonomyFixture());
        panel.show();
        panel.searchBox()->setText("COCCINELLA SEPT");
        QCOMPARE(panel.proxy()->visibleSpecies(), 1);
        // Few matches: the panel opens every row, so the match is on screen.
        QTreeView* tree = panel.view();
        QModelIndex i = tree->model()->index(0, 0);
        int depth = 0;
        while (tree->model()->rowCount(i) > 0) {
            QVERIFY(tree->isExpanded(i));
            i = tree->model()->index(0, 0, i);
            ++depth;
        }
        QCOMPARE(depth, 6);
        QCOMPARE(i.data().toString(), QString("Coccinella septempunctata"));
        panel.setTrainRange(50, 1000);  // excludes C. septempunctata (40)
        QCOMPARE(panel.proxy()->visibleSpecies(), 0);
        panel.clearFilters();
        QCOMPARE(panel.proxy()->visibleSpecies(), 6);
        QCOMPARE(panel.proxy()->criteria().maxTrain, std::numeric_limits<int64_t>::max());
    }

    void panelSelectsHiddenTaxon() {
        TaxonomyPanel panel;
        const auto data = fixtures::taxonomyFixture();
        panel.setDataset(data);
        panel.setFlat(true);
        panel.searchBox()->setText("quercus");
        QSignalSpy selected(&panel, &TaxonomyPanel::taxonSelected);
        // A genus is not in the flat shape and Parus is filtered out: both must be undone.
        const int parus = data->taxonomy.find(taxa::Rank::Genus, "Parus");
        panel.selectTaxon(parus);
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.at(0).at(0).toInt(), parus);
        QCOMPARE(panel.model()->mode(), TaxonomyModel::Mode::RankTree);
        QVERIFY(panel.searchBox()->text().isEmpty());
        QCOMPARE(panel.view()->currentIndex().data().toString(), QString("Parus"));
    }
};

QTEST_MAIN(TestTaxonomyFilter)
#include "test_taxonomyfilter.moc"
