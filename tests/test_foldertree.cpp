// Folders of classes: nesting depths 1, 3 and 7 as ranks, mixed depths, one folder split by a
// seeded fraction, duplicate files across splits, classes absent from a split, and the
// one-line error of each malformed tree.

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

#include "LayoutFixtures.h"
#include "dataset/DatasetLoader.h"
#include "dataset/SplitChecks.h"
#include "dataset/Taxonomy.h"
#include "util/Error.h"

using namespace taxa;

namespace {

using fixtures::root;

QString errorOf(const std::string& path, const LoadOptions& o = {}) {
    return fixtures::loadError(path, o);
}

const Finding* finding(const SplitCheckReport& r, const std::string& kind) {
    for (const auto& f : r.findings)
        if (f.kind == kind) return &f;
    return nullptr;
}

}  // namespace

class TestFolderTree : public QObject {
    Q_OBJECT

  private slots:
    void depthOneIsFlat() {
        QTemporaryDir dir;
        fixtures::writeClassTree(dir, {"beta", "alpha", "gamma"}, 3, 1);
        const Dataset ds = loadDataset(root(dir));
        QCOMPARE(ds.layout, Layout::Folders);
        QCOMPARE(ds.categories.size(), size_t(3));
        // Ids in path order; train, then val, each in name order.
        QCOMPARE(ds.categories[0].name, std::string("alpha"));
        QCOMPARE(ds.categories[2].id, int64_t(2));
        QCOMPARE(ds.classCounts(Split::Train), (std::vector<int64_t>{3, 3, 3}));
        QCOMPARE(ds.classCounts(Split::Val), (std::vector<int64_t>{1, 1, 1}));
        QCOMPARE(std::string(ds.fileName(ds.images[0])), std::string("train/alpha/0.jpg"));
        QCOMPARE(std::string(ds.fileName(ds.images[9])), std::string("val/alpha/v0.jpg"));
        QCOMPARE(ds.images[9].split, Split::Val);
        QCOMPARE(ds.images[9].id, int64_t(9));
        const Taxonomy t = Taxonomy::build(ds);
        for (Rank r :
             {Rank::Kingdom, Rank::Phylum, Rank::Class, Rank::Order, Rank::Family, Rank::Genus})
            QVERIFY(!t.hasRank(r));
        QCOMPARE(t.countAt(Rank::Species), 3);
        QCOMPARE(t.node(t.speciesNode(0)).parent, Taxonomy::root());
        QCOMPARE(t.rankLabel(Rank::Species), std::string("class"));
        // One group, named after the dataset folder.
        QCOMPARE(t.supercategories(),
                 std::vector<std::string>{QDir(dir.path()).dirName().toStdString()});
    }

    void depthThreeFillsFamilyAndGenus() {
        QTemporaryDir dir;
        fixtures::writeClassTree(
            dir,
            {"Plantae/Asteraceae/Helianthus annuus", "Plantae/Asteraceae/Bellis perennis",
             "Plantae/Rosaceae/Rosa canina", "Animalia/Coccinellidae/Coccinella septempunctata"},
            2, 1);
        const Dataset ds = loadDataset(root(dir));
        QCOMPARE(ds.categories[0].name, std::string("Coccinella septempunctata"));
        QCOMPARE(ds.categories[0].supercategory, std::string("Animalia"));
        QCOMPARE(ds.categories[1].name, std::string("Bellis perennis"));
        QCOMPARE(ds.categories[1].ranks[4], std::string("Plantae"));
        QCOMPARE(ds.categories[1].ranks[5], std::string("Asteraceae"));
        QVERIFY(ds.categories[1].ranks[3].empty());
        const Taxonomy t = Taxonomy::build(ds);
        QVERIFY(!t.hasRank(Rank::Order));
        QCOMPARE(t.countAt(Rank::Family), 2);
        QCOMPARE(t.countAt(Rank::Genus), 3);
        QCOMPARE(t.rankLabel(Rank::Family), std::string("level 1"));
        QCOMPARE(t.rankLabel(Rank::Genus), std::string("level 2"));
        // Helianthus and Bellis share the genus slot's node, Asteraceae.
        QCOMPARE(t.ancestor(t.speciesNode(1), Rank::Genus),
                 t.ancestor(t.speciesNode(2), Rank::Genus));
        QCOMPARE(t.node(t.ancestor(t.speciesNode(3), Rank::Genus)).name, std::string("Rosaceae"));
        QCOMPARE(t.supercategories(), (std::vector<std::string>{"Plantae", "Animalia"}));
    }

    void depthSevenUsesEverySlot() {
        QTemporaryDir dir;
        fixtures::writeClassTree(dir, {"k/p/c/o/f/g/s1", "k/p/c/o/f/g/s2", "k/p/c2/o/f/g/s3"}, 1,
                                 1);
        const Dataset ds = loadDataset(root(dir));
        QCOMPARE(ds.categories[0].ranks,
                 (std::array<std::string, 6>{"k", "p", "c", "o", "f", "g"}));
        const Taxonomy t = Taxonomy::build(ds);
        QCOMPARE(t.countAt(Rank::Kingdom), 1);
        QCOMPARE(t.countAt(Rank::Class), 2);
        QCOMPARE(t.countAt(Rank::Genus), 2);  // g under c and g under c2 are different nodes
        QCOMPARE(t.rankLabel(Rank::Kingdom), std::string("level 1"));
        QCOMPARE(t.rankLabel(Rank::Genus), std::string("level 6"));
    }

    void eightLevelsAreRefused() {
        QTemporaryDir dir;
        fixtures::writeClassTree(dir, {fixtures::nestedClass(8, "g", "deep")}, 1, 0);
        const QString e = errorOf(root(dir));
        QVERIFY2(e.startsWith("train/g1/g2/g3/g4/g5/g6/g7/") &&
                     e.contains("nested more than 7 levels deep"),
                 qPrintable(e));
    }

    void mixedDepthsHangFromTheNearestLevel() {
        QTemporaryDir dir;
        fixtures::writeClassTree(dir, {"Group/inner", "top"}, 1, 1);
        const Dataset ds = loadDataset(root(dir));
        const Taxonomy t = Taxonomy::build(ds);
        QCOMPARE(ds.categories[0].ranks[5], std::string("Group"));
        QCOMPARE(t.node(t.speciesNode(1)).parent, Taxonomy::root());
        QCOMPARE(t.node(t.node(t.speciesNode(0)).parent).name, std::string("Group"));
    }

    void malformedTreesNameTheProblem_data() {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<QString>("expected");
        QTest::newRow("image outside a class") << QStringList{"train/a/1.jpg", "train/stray.jpg"}
                                               << "train/stray.jpg: image outside a class folder";
        QTest::newRow("images and folders together")
            << QStringList{"train/A/x.jpg", "train/A/B/y.jpg"}
            << "train/A/: holds both images and folders";
        QTest::newRow("no images")
            << QStringList{"train/a/notes.txt"} << "no images in class folders";
    }

    void malformedTreesNameTheProblem() {
        QFETCH(QStringList, files);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        for (const QString& f : files)
            fixtures::write(dir, f.toStdString(), "x");
        const QString e = errorOf(root(dir));
        QVERIFY2(e.contains(expected), qPrintable(e));
        QVERIFY(!e.contains('\n'));
    }

    void otherFilesAreSkippedAndCounted() {
        QTemporaryDir dir;
        fixtures::writeClassTree(dir, {"a"}, 2, 1);
        fixtures::write(dir, "train/a/notes.txt", "n");
        fixtures::write(dir, "train/a/.DS_Store", "n");  // hidden: not even counted
        fixtures::write(dir, "train/a/UPPER.JPEG", "u");
        const Dataset ds = loadDataset(root(dir));
        QCOMPARE(ds.imageCount(Split::Train), int64_t(3));
        QCOMPARE(ds.issues.size(), size_t(1));
        QCOMPARE(ds.issues[0].kind, std::string("ignored-files"));
        QVERIFY(ds.issues[0].message.find("1 files") == 0);
        QVERIFY(ds.issues[0].message.find("train/a/notes.txt") != std::string::npos);
    }

    // Issue 23, defect 6: errno left over from the skipped dangling link made the whole
    // folder unreadable ("cannot list folder: No such file or directory").
    void danglingSymlinkIsSkipped() {
        QTemporaryDir dir;
        fixtures::writeClassTree(dir, {"a", "b"}, 2, 1);
        QVERIFY(QFile::link(dir.filePath("train/b/gone.jpg"), dir.filePath("train/b/x.jpg")));
        const Dataset ds = loadDataset(root(dir));
        QCOMPARE(ds.classCounts(Split::Train), (std::vector<int64_t>{2, 2}));
    }

    void oneFolderIsSplitBySeededFraction() {
        QTemporaryDir dir;
        const int sizes[] = {1, 2, 10, 20};
        const char* names[] = {"a", "b", "c", "d"};
        for (int c = 0; c < 4; ++c)
            for (int i = 0; i < sizes[c]; ++i)
                fixtures::write(dir, std::string(names[c]) + "/" + std::to_string(i) + ".jpg", "x");
        LoadOptions o;
        o.valFraction = 0.1;
        o.splitSeed = 7;
        const Dataset ds = loadDataset(root(dir), o);
        QCOMPARE(ds.layout, Layout::Folders);
        // round(0.1 n), at least 1 where a class has 2 images, never all of them.
        QCOMPARE(ds.classCounts(Split::Val), (std::vector<int64_t>{0, 1, 1, 2}));
        QCOMPARE(ds.classCounts(Split::Train), (std::vector<int64_t>{1, 1, 9, 18}));
        // The one-pass count of every split agrees, val images sitting among the train ones.
        const auto bySplit = ds.classCountsBySplit();
        QCOMPARE(bySplit[size_t(Split::Train)], (std::vector<int64_t>{1, 1, 9, 18}));
        QCOMPARE(bySplit[size_t(Split::Val)], (std::vector<int64_t>{0, 1, 1, 2}));
        QCOMPARE(bySplit[size_t(Split::Test)], (std::vector<int64_t>{0, 0, 0, 0}));
        QVERIFY(ds.derivedSplit.active());
        QCOMPARE(ds.derivedSplit.seed, uint64_t(7));
        for (size_t i = 1; i < ds.images.size(); ++i)
            QVERIFY(ds.images[i - 1].split <= ds.images[i].split);
        // The same seed picks the same files; another seed other files of class d.
        auto valFiles = [&](const Dataset& d) {
            std::vector<std::string> out;
            for (const auto& im : d.images)
                if (im.split == Split::Val) out.emplace_back(d.fileName(im));
            return out;
        };
        QCOMPARE(valFiles(loadDataset(root(dir), o)), valFiles(ds));
        o.splitSeed = 8;
        QVERIFY(valFiles(loadDataset(root(dir), o)) != valFiles(ds));
        // The class with one image is absent from val: a finding, not an error.
        const SplitCheckReport r = runSplitChecks(ds, defaultChecks(ds.layout));
        const Finding* f = finding(r, "absent-from-val");
        QVERIFY(f);
        QCOMPARE(f->classes, std::vector<int32_t>{0});
        QVERIFY(!finding(r, "absent-from-train"));
    }

    void findsTheSameFileInTwoSplits() {
        QTemporaryDir dir;
        fixtures::write(dir, "train/a/1.jpg", "X");
        fixtures::write(dir, "train/b/2.jpg", "X");
        fixtures::write(dir, "val/a/9.jpg", "X");
        fixtures::write(dir, "train/a/3.jpg", "YY");  // same size as val/b/4.jpg, other bytes
        fixtures::write(dir, "val/b/4.jpg", "ZZ");
        fixtures::write(dir, "train/b/5.jpg", "QQQ");
        fixtures::write(dir, "train/c/6.jpg", "RRRR");  // c has no val images
        const Dataset ds = loadDataset(root(dir));
        const SplitCheckReport r = runSplitChecks(ds, defaultChecks(ds.layout));
        QVERIFY(std::count(r.checksRun.begin(), r.checksRun.end(), "duplicate-files"));
        QVERIFY(!std::count(r.checksRun.begin(), r.checksRun.end(), "train-count-bounds"));
        const Finding* dup = finding(r, "duplicate-files");
        QVERIFY(dup);
        QCOMPARE(dup->count, int64_t(1));  // one group: train/a/1, train/b/2, val/a/9
        std::vector<std::string> names;
        for (int64_t id : dup->imageIds)
            for (const auto& im : ds.images)
                if (im.id == id) names.emplace_back(ds.fileName(im));
        std::sort(names.begin(), names.end());
        QCOMPARE(names,
                 (std::vector<std::string>{"train/a/1.jpg", "train/b/2.jpg", "val/a/9.jpg"}));
        const Finding* absent = finding(r, "absent-from-val");
        QVERIFY(absent);
        QCOMPARE(absent->classes, std::vector<int32_t>{2});
    }
};

QTEST_GUILESS_MAIN(TestFolderTree)
#include "test_foldertree.moc"
