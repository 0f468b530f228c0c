// TaxonomyModel over the hand-built fixture: both shapes, under QAbstractItemModelTester.

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

#include "ModelDump.h"
#include "TaxonomyFixture.h"
#include "models/TaxonomyModel.h"

class TestTaxonomyModel : public QObject {
    Q_OBJECT

    static QModelIndex child(const QAbstractItemModel& m, const QModelIndex& parent,
                             const QString& name) {
        for (int r = 0; r < m.rowCount(parent); ++r)
            if (m.index(r, 0, parent).data().toString() == name) return m.index(r, 0, parent);
        return {};
    }

  private slots:
    void rankTreeShape() {
        TaxonomyModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setDataset(fixtures::taxonomyFixture());
        QCOMPARE(fixtures::dumpTree(&model),
                 QString("Animalia(Arthropoda(Insecta(Coleoptera(Coccinellidae(Adalia(Adalia "
                         "bipunctata),Coccinella(Coccinella bipunctata,Coccinella "
                         "septempunctata))))),Chordata(Aves(Passeriformes(Paridae(Cyanistes("
                         "Cyanistes caeruleus),Parus(Parus major)))))),Plantae(Tracheophyta("
                         "Magnoliopsida(Fagales(Fagaceae(Quercus(Quercus robur))))))"));
        const QModelIndex animalia = model.index(0, 0);
        auto cell = [&](const QModelIndex& i, int column) {
            return model.index(i.row(), column, i.parent()).data();
        };
        QCOMPARE(cell(animalia, TaxonomyModel::RankColumn).toString(), QString("kingdom"));
        QCOMPARE(cell(animalia, TaxonomyModel::Species).toString(), QString("5"));
        QCOMPARE(cell(animalia, TaxonomyModel::Train).toString(), QString("162"));
        QCOMPARE(cell(animalia, TaxonomyModel::Val).toString(), QString("14"));
        // 162 of 187 training images.
        QCOMPARE(cell(animalia, TaxonomyModel::Share).toString(), QString("86.6%"));
        QVERIFY(qAbs(animalia.data(TaxonomyModel::ShareRole).toDouble() - 162.0 / 187) < 1e-12);
        QCOMPARE(animalia.data(TaxonomyModel::ClassRole).toInt(), -1);
        QCOMPARE(animalia.data(TaxonomyModel::SupercategoryRole).toInt(), -1);

        const QModelIndex coccinella =
            child(model,
                  child(model,
                        child(model, child(model, child(model, animalia, "Arthropoda"), "Insecta"),
                              "Coleoptera"),
                        "Coccinellidae"),
                  "Coccinella");
        QVERIFY(coccinella.isValid());
        const QModelIndex seven = child(model, coccinella, "Coccinella septempunctata");
        QCOMPARE(seven.data(TaxonomyModel::ClassRole).toInt(), 0);
        QCOMPARE(cell(seven, TaxonomyModel::RankColumn).toString(), QString("species"));
        // Share of the genus: 40 of 43.
        QVERIFY(qAbs(seven.data(TaxonomyModel::ShareRole).toDouble() - 40.0 / 43) < 1e-12);
        QVERIFY(qAbs(seven.data(TaxonomyModel::TotalShareRole).toDouble() - 40.0 / 187) < 1e-12);
        QCOMPARE(seven.data(TaxonomyModel::SupercategoryRole).toInt(), 0);  // Insecta
        QCOMPARE(model.rowCount(seven), 0);
        QVERIFY(!model.hasChildren(seven));

        const auto data = model.dataset();
        const int taxon = data->taxonomy.speciesNode(0);
        QCOMPARE(seven.data(TaxonomyModel::TaxonRole).toInt(), taxon);
        QCOMPARE(model.indexOfTaxon(taxon), seven);
        QCOMPARE(model.parent(seven), coccinella);
        QCOMPARE(model.indexOfTaxon(-1), QModelIndex());
    }

    void supercategoryShape() {
        TaxonomyModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDataset(fixtures::taxonomyFixture());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setMode(TaxonomyModel::Mode::Supercategories);
        QCOMPARE(reset.count(), 1);
        model.setMode(TaxonomyModel::Mode::Supercategories);  // no-op
        QCOMPARE(reset.count(), 1);
        // Supercategories most species first, species by name.
        QCOMPARE(fixtures::dumpTree(&model),
                 QString("Insecta(Adalia bipunctata,Coccinella bipunctata,Coccinella "
                         "septempunctata),Aves(Cyanistes caeruleus,Parus major),Plantae(Quercus "
                         "robur)"));
        const QModelIndex insecta = model.index(0, 0);
        QCOMPARE(model.index(0, TaxonomyModel::RankColumn).data().toString(),
                 QString("supercategory"));
        QCOMPARE(model.index(0, TaxonomyModel::Train).data().toString(), QString("55"));
        QCOMPARE(insecta.data(TaxonomyModel::TaxonRole).toInt(), -1);
        QCOMPARE(insecta.data(TaxonomyModel::SupercategoryRole).toInt(), 0);
        const QModelIndex adalia = model.index(0, 0, insecta);
        QCOMPARE(adalia.data(TaxonomyModel::ClassRole).toInt(), 2);
        QVERIFY(qAbs(adalia.data(TaxonomyModel::ShareRole).toDouble() - 12.0 / 55) < 1e-12);
        // Higher taxa are not rows of this shape.
        const auto& tax = model.dataset()->taxonomy;
        QVERIFY(!model.indexOfTaxon(tax.find(taxa::Rank::Genus, "Coccinella")).isValid());
        QCOMPARE(model.indexOfTaxon(tax.speciesNode(2)), adalia);

        model.setMode(TaxonomyModel::Mode::RankTree);
        QCOMPARE(model.rowCount(), 2);
        model.setDataset(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestTaxonomyModel)
#include "test_taxonomymodel.moc"
