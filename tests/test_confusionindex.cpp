// The sparse confusion matrix on the six-species taxonomy fixture, worked out by hand: the
// taxonomy order, the groups at each level, and slices at several zooms; then slices of random
// errors against a brute-force count.

#include <QtTest>
#include <map>
#include <random>

#include "TaxonomyDataset.h"
#include "eval/ConfusionIndex.h"

using namespace taxa;

namespace {

// Errors: C. septempunctata (0) as C. bipunctata (1) twice and back once; Adalia (2) as 0;
// Parus (3) as Cyanistes (4); Quercus (5) as 0.
std::vector<ConfusedPair> handErrors() {
    return {{0, 1, 2, 1}, {0, 2, 0, 1}, {3, 4, 1, 0}, {0, 5, 0, 1}};
}

std::vector<std::string> names(const ConfusionIndex& x, const Taxonomy& tax, ConfusionLevel level,
                               const std::vector<int32_t>& groups) {
    std::vector<std::string> out;
    for (int32_t g : groups)
        out.push_back(x.groupName(tax, level, g));
    return out;
}

}  // namespace

class TestConfusionIndex : public QObject {
    Q_OBJECT
    Dataset ds_ = fixtures::taxonomyDataset();
    Taxonomy tax_ = Taxonomy::build(ds_);

  private slots:
    void taxonomyOrderAndGroups() {
        const ConfusionIndex x = ConfusionIndex::build(tax_, handErrors());
        // Supercategories in tree order (Insecta, Aves under Animalia; Plantae), then
        // depth-first by name: Adalia bipunctata, Coccinella bipunctata, C. septempunctata;
        // Cyanistes caeruleus, Parus major; Quercus robur.
        QCOMPARE(x.order(), (std::vector<int32_t>{2, 1, 0, 4, 3, 5}));
        QCOMPARE(x.position(0), 2);
        QCOMPARE(x.groups(ConfusionLevel::Supercategory).size(), size_t(3));
        QCOMPARE(x.groups(ConfusionLevel::Genus).size(), size_t(5));
        QCOMPARE(x.groups(ConfusionLevel::Species).size(), size_t(6));
        const ConfusionGroup coccinella = x.groups(ConfusionLevel::Genus)[1];
        QCOMPARE(coccinella.first, 1);
        QCOMPARE(coccinella.last, 3);
        QCOMPARE(x.groupName(tax_, ConfusionLevel::Genus, 1), std::string("Coccinella"));
        QCOMPARE(x.groupName(tax_, ConfusionLevel::Supercategory, 1), std::string("Aves"));
        QCOMPARE(x.groupName(tax_, ConfusionLevel::Family, 1), std::string("Paridae"));
        QCOMPARE(x.groupOf(ConfusionLevel::Order, 5), 2);
        QCOMPARE(x.entries(), size_t(5));
        QCOMPARE(confusionLevelName(ConfusionLevel::Class), "class");
    }

    void slicesByHand() {
        const ConfusionIndex x = ConfusionIndex::build(tax_, handErrors());
        // Supercategories: Insecta x Insecta 4, Aves x Aves 1, Plantae x Insecta 1.
        ConfusionSlice s = x.slice(ConfusionLevel::Supercategory);
        QCOMPARE(names(x, tax_, s.level, s.rows),
                 (std::vector<std::string>{"Insecta", "Aves", "Plantae"}));
        QCOMPARE(s.cols, s.rows);
        QCOMPARE(s.cells.size(), size_t(3));
        QCOMPARE((std::tuple{s.cells[0].row, s.cells[0].col, s.cells[0].count}),
                 (std::tuple{0, 0, int64_t(4)}));
        QCOMPARE((std::tuple{s.cells[1].row, s.cells[1].col, s.cells[1].count}),
                 (std::tuple{1, 1, int64_t(1)}));
        QCOMPARE((std::tuple{s.cells[2].row, s.cells[2].col, s.cells[2].count}),
                 (std::tuple{2, 0, int64_t(1)}));
        QCOMPARE(s.maxCount, int64_t(4));
        QCOMPARE(s.total, int64_t(6));

        // Into Insecta x Insecta at genus: Adalia -> Coccinella 1, Coccinella -> Coccinella 3.
        const ConfusionFocus insecta{int(ConfusionLevel::Supercategory), 0};
        s = x.slice(ConfusionLevel::Genus, insecta, insecta);
        QCOMPARE(names(x, tax_, s.level, s.rows),
                 (std::vector<std::string>{"Adalia", "Coccinella"}));
        QCOMPARE(s.cols, s.rows);
        QCOMPARE(s.cells.size(), size_t(2));
        QCOMPARE((std::tuple{s.cells[0].row, s.cells[0].col, s.cells[0].count}),
                 (std::tuple{0, 1, int64_t(1)}));
        QCOMPARE((std::tuple{s.cells[1].row, s.cells[1].col, s.cells[1].count}),
                 (std::tuple{1, 1, int64_t(3)}));

        // Plantae x Insecta at species: the oak taken for the seven-spot, on axes of their own.
        s = x.slice(ConfusionLevel::Species, {int(ConfusionLevel::Supercategory), 2}, insecta);
        QCOMPARE(names(x, tax_, s.level, s.rows), (std::vector<std::string>{"Quercus robur"}));
        QCOMPARE(names(x, tax_, s.level, s.cols),
                 (std::vector<std::string>{"Coccinella septempunctata"}));
        QCOMPARE(s.cells.size(), size_t(1));
        QCOMPARE(s.cells[0].count, int64_t(1));

        // Species, everything: every class takes part; the diagonal is empty.
        s = x.slice(ConfusionLevel::Species);
        QCOMPARE(s.rows, (std::vector<int32_t>{0, 1, 2, 3, 4, 5}));
        for (const ConfusionCell& c : s.cells)
            QVERIFY(c.row != c.col);
        QCOMPARE(s.total, int64_t(6));
    }

    void randomErrorsAgainstBruteForce() {
        std::mt19937 rng(7);
        std::uniform_int_distribution<int> cls(0, 5), n(0, 3);
        std::vector<ConfusedPair> pairs;
        for (int a = 0; a < 6; ++a)
            for (int b = a + 1; b < 6; ++b)
                pairs.push_back({a, b, n(rng), n(rng)});
        const ConfusionIndex x = ConfusionIndex::build(tax_, pairs);
        for (int l = 0; l < kConfusionLevels; ++l) {
            const auto level = ConfusionLevel(l);
            const ConfusionFocus focus{int(ConfusionLevel::Supercategory),
                                       x.groupOf(ConfusionLevel::Supercategory, cls(rng))};
            for (ConfusionFocus rows : {ConfusionFocus{}, focus}) {
                // Brute force: every directed error whose truth passes the focus.
                std::map<std::pair<int, int>, int64_t> expected;
                for (const ConfusedPair& p : pairs)
                    for (auto [t, g, k] :
                         {std::tuple{p.a, p.b, p.aAsB}, std::tuple{p.b, p.a, p.bAsA}})
                        if (k > 0 && (rows.level < 0 ||
                                      x.groupOf(ConfusionLevel::Supercategory, t) == rows.group))
                            expected[{x.groupOf(level, t), x.groupOf(level, g)}] += k;
                const ConfusionSlice s = x.slice(level, rows, {});
                std::map<std::pair<int, int>, int64_t> got;
                for (const ConfusionCell& c : s.cells)
                    got[{s.rows[size_t(c.row)], s.cols[size_t(c.col)]}] += c.count;
                QCOMPARE(got, expected);
                QVERIFY(std::is_sorted(s.rows.begin(), s.rows.end()));
                QVERIFY(std::is_sorted(s.cols.begin(), s.cols.end()));
            }
        }
    }
};

QTEST_APPLESS_MAIN(TestConfusionIndex)
#include "test_confusionindex.moc"
