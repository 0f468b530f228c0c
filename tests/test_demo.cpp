// The demo generator: determinism, distribution properties, real images, full-scale shape.

#include <QCryptographicHash>
#include <QDirIterator>
#include <QImageReader>
#include <QTemporaryDir>
#include <QtTest>
#include <map>
#include <set>

#include "dataset/DatasetLoader.h"
#include "dataset/DemoGenerator.h"
#include "dataset/DemoShapes.h"
#include "dataset/SplitChecks.h"
#include "dataset/Stats.h"
#include "dataset/Taxonomy.h"
#include "util/AtomicFile.h"
#include "util/Error.h"

using namespace taxa;

namespace {

DemoOptions small(const QTemporaryDir& dir, uint64_t seed) {
    DemoOptions o;
    o.out = dir.path().toStdString();
    o.plan.species = 16;
    o.plan.maxTrain = 12;
    o.plan.seed = seed;
    o.imageSide = 64;
    return o;
}

// Relative path -> SHA-1 of every file under a folder.
std::map<QString, QByteArray> digest(const QString& root) {
    std::map<QString, QByteArray> out;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) qFatal("cannot read %s", qPrintable(path));
        out[QDir(root).relativeFilePath(path)] =
            QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha1);
    }
    return out;
}

}  // namespace

class TestDemo : public QObject {
    Q_OBJECT

  private slots:
    void sameSeedSameBytes() {
        QTemporaryDir a, b, c;
        generateDemo(small(a, 7));
        generateDemo(small(b, 7));
        generateDemo(small(c, 8));
        const auto da = digest(a.path()), db = digest(b.path()), dc = digest(c.path());
        QVERIFY(da.size() > 100);
        QVERIFY(da == db);
        QVERIFY(da.at("train2018.json") != dc.at("train2018.json"));
    }

    void defaultPlanIsLongTailedAndFineGrained() {
        const auto plan = planDemo(DemoPlanOptions{});
        QCOMPARE(plan.size(), size_t(42));
        std::set<std::string> supers, names;
        std::map<std::string, std::vector<const PlannedSpecies*>> byGenus;
        int64_t lo = 1 << 30, hi = 0, total = 0;
        for (const auto& sp : plan) {
            supers.insert(sp.category.supercategory);
            names.insert(sp.category.name);
            byGenus[sp.category.ranks[5]].push_back(&sp);
            QVERIFY(sp.train >= 2 && sp.train <= 150);
            QCOMPARE(sp.val, int64_t(3));
            lo = std::min(lo, sp.train);
            hi = std::max(hi, sp.train);
            total += sp.train;
        }
        QCOMPARE(supers.size(), size_t(14));
        QCOMPARE(names.size(), plan.size());
        // The long tail spans the scaled bounds, and most species sit well below the head.
        QCOMPARE(lo, int64_t(2));
        QCOMPARE(hi, int64_t(150));
        std::vector<int64_t> counts;
        for (const auto& sp : plan)
            counts.push_back(sp.train);
        std::sort(counts.begin(), counts.end());
        QVERIFY(counts[counts.size() / 2] < total / static_cast<int64_t>(plan.size()));
        // Congeneric species look alike but for the number of marks.
        int pairs = 0;
        for (const auto& [genus, members] : byGenus) {
            QVERIFY(members.size() <= 3);
            for (size_t i = 1; i < members.size(); ++i, ++pairs) {
                const SpeciesTraits &x = members[0]->traits, &y = members[i]->traits;
                QCOMPARE(x.shape, y.shape);
                QCOMPARE(x.hue, y.hue);
                QCOMPARE(x.pattern, y.pattern);
                QCOMPARE(x.habitat, y.habitat);
                QVERIFY(x.marks != y.marks);
            }
        }
        QVERIFY(pairs >= 10);
    }

    void writesALoadableDatasetWithRealJpegs() {
        QTemporaryDir dir;
        const DemoSummary s = generateDemo(small(dir, 3));
        QCOMPARE(s.species, int64_t(16));
        QCOMPARE(s.imagesWritten, s.train + s.val + s.test);
        const Dataset ds = loadDataset(dir.path().toStdString());
        QVERIFY(ds.hasLocations);
        QCOMPARE(static_cast<int64_t>(ds.images.size()), s.imagesWritten);
        // Published rules hold: bounds, 3 val each, photographers isolated, files present.
        SplitCheckOptions checks = defaultChecks(ds.layout);
        checks.checkFiles = true;
        const SplitCheckReport r = runSplitChecks(ds, checks);
        QVERIFY2(r.findings.empty(), r.findings.empty() ? "" : r.findings[0].message.c_str());
        // Real names from categories.json; each image decodes at its declared size.
        QVERIFY(QString::fromStdString(ds.categories[0].name).contains("punctata") ||
                QString::fromStdString(ds.categories[0].name).contains("lineata") ||
                QString::fromStdString(ds.categories[0].name).contains("annulata"));
        for (size_t i = 0; i < ds.images.size(); i += 7) {
            const ImageRecord& im = ds.images[i];
            QImageReader reader(dir.path() + "/" +
                                QString::fromStdString(std::string(ds.fileName(im))));
            QCOMPARE(reader.format(), QByteArray("jpeg"));
            QCOMPARE(reader.size(), QSize(im.width, im.height));
        }
    }

    void neverWritesIntoAnotherDatasetUnlessForced() {
        QTemporaryDir dir;
        const std::string root = dir.path().toStdString();
        const std::string theirs = "{\"images\": [], \"annotations\": [], \"theirs\": 1}";
        writeFileAtomic(root + "/train2018.json", theirs);
        DemoOptions o = small(dir, 3);
        o.images = false;
        try {
            generateDemo(o);
            QFAIL("wrote into a folder holding another dataset");
        } catch (const Error& e) {
            QVERIFY2(QString(e.what()).startsWith(dir.path() +
                                                  ": holds files that taxa-cli demo did not write "
                                                  "(such as 'train2018.json')"),
                     e.what());
        }
        QCOMPARE(readFile(root + "/train2018.json"), theirs);
        QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden),
                 QStringList{"train2018.json"});
        // Forced, it writes; then the folder is its own and a rerun needs no force.
        o.force = true;
        generateDemo(o);
        QVERIFY(readFile(root + "/train2018.json") != theirs);
        o.force = false;
        o.plan.seed = 4;
        generateDemo(o);
        QCOMPARE(loadDataset(root).categories.size(), size_t(16));
    }

    void refusesTheRootFolderEvenForced() {
        DemoOptions o;
        o.out = "/";
        o.images = false;
        o.force = true;
        try {
            generateDemo(o);
            QFAIL("wrote into /");
        } catch (const Error& e) {
            QCOMPARE(QString(e.what()),
                     "/: refusing to write taxa-cli demo output here: it holds other folders of "
                     "the system or its users");
        }
        QVERIFY(!QFile::exists("/train2018.json") || QFileInfo("/train2018.json").lastModified() <
                                                         QDateTime::currentDateTime().addSecs(-60));
    }

    void rejectsTooFewSpecies() {
        DemoPlanOptions o;
        o.species = 13;
        QVERIFY_THROWS_EXCEPTION(Error, planDemo(o));
    }

    void fullScaleReproducesThePublishedTable() {
        QTemporaryDir dir;
        DemoOptions o;
        o.out = dir.path().toStdString();
        o.fullScale = true;
        o.images = false;
        generateDemo(o);
        const Dataset ds = loadDataset(dir.path().toStdString());
        const Taxonomy tax = Taxonomy::build(ds);
        const DatasetStats st =
            computeStats(ds, tax, runSplitChecks(ds, defaultChecks(ds.layout)), {2, 1001});
        QVERIFY(st.checks.findings.empty());
        QCOMPARE(st.supercategories.size(), size_t(14));
        for (const auto& row : published2018()) {
            const auto it =
                std::find_if(st.supercategories.begin(), st.supercategories.end(),
                             [&](const SupercategoryRow& r) { return r.name == row.name; });
            QVERIFY(it != st.supercategories.end());
            QCOMPARE(it->classes, row.classes);
            QCOMPARE(it->train, row.train);
            QCOMPARE(it->val, row.val);
        }
        QCOMPARE(st.totals.classes, int64_t(8142));
        QCOMPARE(st.totals.train, int64_t(437513));
        QCOMPARE(st.totals.val, int64_t(24426));
        QVERIFY(st.minTrain >= 2 && st.maxTrain == 1000);
        QCOMPARE(st.buckets[0].species, int64_t(8142));  // all within [2, 1000]
        // Near the published scale of about 4,412 genera and 1,120 families.
        QVERIFY(std::abs(tax.countAt(Rank::Genus) - 4412) < 441);
        QVERIFY(std::abs(tax.countAt(Rank::Family) - 1120) < 168);
    }

    void writesThe2019And2021Layouts() {
        QTemporaryDir a, b;
        DemoOptions o = small(a, 3);
        o.shape = Layout::Inat2019;
        const DemoSummary s19 = generateDemo(o);
        const Dataset d19 = loadDataset(o.out);
        QCOMPARE(d19.layout, Layout::Inat2019);
        QCOMPARE(d19.imageCount(Split::Train), s19.train);
        QCOMPARE(d19.imageCount(Split::Test), s19.test);
        // The supercategory comes back from the image folders, as in the release.
        const std::string first(d19.fileName(d19.images[0]));
        QVERIFY(first.rfind("train_val2019/" +
                                d19.categories[size_t(d19.images[0].label)].supercategory + "/",
                            0) == 0);
        QVERIFY(QFile::exists(QString::fromStdString(o.out + "/" + first)));

        o = small(b, 3);
        o.shape = Layout::Inat2021;
        const DemoSummary s21 = generateDemo(o);
        const Dataset d21 = loadDataset(o.out);
        QCOMPARE(d21.layout, Layout::Inat2021);
        QCOMPARE(d21.imageCount(Split::Train), s21.train);
        QVERIFY(d21.hasLocations);
        LoadOptions mini;
        mini.layout = "inat2021-mini";
        const Dataset m = loadDataset(o.out, mini);
        int64_t expected = 0;
        for (int64_t n : d21.classCounts(Split::Train))
            expected += std::min<int64_t>(n, 10);
        QCOMPARE(m.imageCount(Split::Train), expected);
        QCOMPARE(s21.mini, expected);
        const std::string miniFile(m.fileName(m.images[0]));
        QVERIFY2(miniFile.rfind("train_mini/", 0) == 0, miniFile.c_str());
        QVERIFY(QFile::exists(QString::fromStdString(o.out + "/" + miniFile)));
        QVERIFY(QFile::exists(QString::fromStdString(o.out + "/public_test.json")));
    }

    void publishedShapesOf2019And2021() {
        const auto p19 = planFullScale2019(2019);
        int64_t train = 0, val = 0;
        std::map<std::string, int> genera;
        for (const auto& sp : p19) {
            train += sp.train;
            val += sp.val;
            ++genera[sp.category.ranks[5]];
            QCOMPARE(sp.val, int64_t(3));
        }
        QCOMPARE(p19.size(), size_t(1010));
        QCOMPARE(train, int64_t(265213));
        QCOMPARE(val, int64_t(3030));
        QCOMPARE(genera.size(), size_t(72));
        for (const auto& [genus, n] : genera)
            QVERIFY2(n >= 10, genus.c_str());

        const auto p21 = planFullScale2021(2021);
        QCOMPARE(p21.size(), size_t(10000));
        int64_t test = 0, mini = 0;
        for (const auto& row : published2021()) {
            int64_t classes = 0, rowTrain = 0, rowVal = 0;
            for (const auto& sp : p21) {
                if (sp.category.supercategory != row.name) continue;
                ++classes;
                rowTrain += sp.train;
                rowVal += sp.val;
                QCOMPARE(sp.mini, int64_t(50));
                QVERIFY(sp.train >= 50 && sp.train <= 300);
            }
            QCOMPARE(classes, row.classes);
            QCOMPARE(rowTrain, row.train);
            QCOMPARE(rowVal, row.val);
        }
        for (const auto& sp : p21)
            test += sp.test, mini += sp.mini;
        QCOMPARE(test, int64_t(500000));
        QCOMPARE(mini, int64_t(500000));
    }
};

QTEST_APPLESS_MAIN(TestDemo)
#include "test_demo.moc"
