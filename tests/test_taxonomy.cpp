// Taxonomy counts on a hand-built fixture, checked against counts worked out by hand.

#include <QTemporaryDir>
#include <QtTest>

#include "TestFixtures.h"
#include "dataset/DatasetLoader.h"
#include "dataset/Taxonomy.h"

using namespace taxa;

namespace {

Category species(int64_t id, const std::string& name, const std::string& super,
                 std::array<std::string, 6> ranks) {
    Category c;
    c.id = id;
    c.name = name;
    c.supercategory = super;
    c.ranks = std::move(ranks);
    return c;
}

}  // namespace

class TestTaxonomy : public QObject {
    Q_OBJECT

  private slots:
    void countsOnFixture() {
        QTemporaryDir dir;
        fixtures::writeDataset2018(dir);
        const Dataset ds = loadDataset(dir.path().toStdString());
        const Taxonomy t = Taxonomy::build(ds);

        const TaxonNode& root = t.node(Taxonomy::root());
        QCOMPARE(root.species, 3);
        QCOMPARE(root.images, (std::array<int64_t, 3>{5, 3, 2}));
        QCOMPARE(t.countAt(Rank::Kingdom), 1);
        QCOMPARE(t.countAt(Rank::Phylum), 2);
        QCOMPARE(t.countAt(Rank::Genus), 2);
        QCOMPARE(t.countAt(Rank::Species), 3);
        QCOMPARE(t.size(), 1 + 1 + 2 + 2 + 2 + 2 + 2 + 3);

        const int32_t arthropoda = t.find(Rank::Phylum, "Arthropoda");
        QVERIFY(arthropoda > 0);
        QCOMPARE(t.node(arthropoda).species, 2);
        QCOMPARE(t.node(arthropoda).images[0], int64_t(4));
        QCOMPARE(t.node(arthropoda).images[1], int64_t(2));
        const int32_t coccinella = t.find(Rank::Genus, "coccinella");  // case-insensitive
        QCOMPARE(t.node(coccinella).children.size(), size_t(2));
        // Children are sorted by name: bipunctata before septempunctata.
        QCOMPARE(t.node(t.node(coccinella).children[0]).name, std::string("Coccinella bipunctata"));
        QCOMPARE(t.node(t.node(coccinella).children[0]).classIndex, 1);

        const int32_t seven = t.speciesNode(0);
        QCOMPARE(t.node(seven).images[0], int64_t(3));
        QCOMPARE(t.ancestor(seven, Rank::Family), t.find(Rank::Family, "Coccinellidae"));
        QCOMPARE(t.ancestor(seven, Rank::Species), seven);
        QCOMPARE(t.node(t.ancestor(seven, Rank::Root)).name, std::string("Life"));

        QCOMPARE(t.supercategories(), (std::vector<std::string>{"Insecta", "Aves"}));
        QCOMPARE(t.supercategoryOf(2), 1);
        QCOMPARE(t.find("Passeriformes").size(), size_t(1));
        QVERIFY(t.find("Nonexistent").empty());
    }

    void classIndicesAreContiguousAndSpeciesNeverMerge() {
        Dataset ds;
        const std::array<std::string, 6> a{"K", "P", "C", "O", "F1", "G"};
        const std::array<std::string, 6> b{"K", "P", "C", "O", "F2", "G"};  // homonym genus
        ds.categories = {species(3, "G x", "S", a), species(9, "G x", "S", a),
                         species(20, "G y", "S", b)};
        ds.indexCategories();
        const Taxonomy t = Taxonomy::build(ds);
        QCOMPARE(t.classCount(), 3);
        for (int32_t c = 0; c < 3; ++c)
            QCOMPARE(t.node(t.speciesNode(c)).classIndex, c);
        // Same species name twice stays two classes; the same genus name in two families is
        // two genera.
        QVERIFY(t.speciesNode(0) != t.speciesNode(1));
        QCOMPARE(t.countAt(Rank::Genus), 2);
        QCOMPARE(t.find("G").size(), size_t(2));
        QCOMPARE(t.node(t.ancestor(t.speciesNode(0), Rank::Genus)).species, 2);
    }

    void everyNodeSumsItsChildren() {
        QTemporaryDir dir;
        fixtures::writeDataset2018(dir);
        const Taxonomy t = Taxonomy::build(loadDataset(dir.path().toStdString()));
        for (int32_t n = 0; n < t.size(); ++n) {
            const TaxonNode& node = t.node(n);
            if (node.children.empty()) {
                QCOMPARE(node.species, 1);
                continue;
            }
            int32_t species = 0;
            int64_t train = 0;
            for (int32_t c : node.children) {
                QCOMPARE(t.node(c).parent, n);
                QCOMPARE(static_cast<int>(t.node(c).rank), static_cast<int>(node.rank) + 1);
                species += t.node(c).species;
                train += t.node(c).images[0];
            }
            QCOMPARE(node.species, species);
            QCOMPARE(node.images[0], train);
        }
    }
};

QTEST_APPLESS_MAIN(TestTaxonomy)
#include "test_taxonomy.moc"
