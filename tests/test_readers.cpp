// Each annotation reader on small 2017/2018/2021 samples written here.

#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <set>

#include "TestFixtures.h"
#include "dataset/DatasetLoader.h"
#include "dataset/Taxonomy.h"
#include "util/Error.h"

using namespace taxa;

namespace {

const int64_t kCategoryIds[3] = {0, 1, 7};  // categories2018()'s ids

// Long names, so that the files span many pages (about 200 bytes an image).
std::string padded(int64_t id) {
    std::string s = std::to_string(id);
    return std::string(40 - s.size(), '0') + s;
}

// An annotation file of @p n images with ids from @p first, each with a distinct long name and
// one of 97 photographers, labelled round the fixture's three categories when @p labelled.
std::string largeFile(int n, int64_t first, const std::string& folder, bool labelled) {
    std::string images, annotations;
    for (int i = 0; i < n; ++i) {
        const int64_t id = first + i;
        images += std::string(i ? "," : "") + "\n{\"id\": " + std::to_string(id) +
                  ", \"file_name\": \"" + folder + padded(id) +
                  ".jpg\", \"width\": 800, \"height\": 600, \"license\": 1, "
                  "\"rights_holder\": \"Photographer " +
                  std::to_string(id % 97) + "\"}";
        if (labelled)
            annotations += std::string(i ? "," : "") + "\n{\"id\": " + std::to_string(id) +
                           ", \"image_id\": " + std::to_string(id) +
                           ", \"category_id\": " + std::to_string(kCategoryIds[id % 3]) + "}";
    }
    return "{\"images\": [" + images + "],\n\"annotations\": [" + annotations +
           "],\n\"categories\": []}";
}

}  // namespace

class TestReaders : public QObject {
    Q_OBJECT

  private slots:
    void reads2018WithCategoriesJson() {
        QTemporaryDir dir;
        fixtures::writeDataset2018(dir);
        const Dataset ds = loadDataset(dir.path().toStdString());
        QCOMPARE(ds.layout, Layout::Inat2018);
        QCOMPARE(ds.categories.size(), size_t(3));
        // categories.json replaces the obfuscated names; ids 0, 1, 7 get classes 0, 1, 2.
        QCOMPARE(ds.categories[2].name, std::string("Parus major"));
        QCOMPARE(ds.categories[2].ranks[4], std::string("Paridae"));
        QCOMPARE(ds.classOf(7), 2);
        QCOMPARE(ds.classOf(5), -1);
        QCOMPARE(ds.imageCount(Split::Train), int64_t(5));
        QCOMPARE(ds.imageCount(Split::Val), int64_t(3));
        QCOMPARE(ds.imageCount(Split::Test), int64_t(2));
        QCOMPARE(ds.classCounts(Split::Train), (std::vector<int64_t>{3, 1, 1}));
        QCOMPARE(ds.classCounts(Split::Val), (std::vector<int64_t>{1, 1, 1}));
        const ImageRecord& fifth = ds.images[4];
        QCOMPARE(fifth.id, int64_t(4));
        QCOMPARE(fifth.label, 2);
        QCOMPARE(fifth.width, 600);
        QCOMPARE(fifth.height, 800);
        QCOMPARE(std::string(ds.fileName(fifth)), std::string("train_val2018/X/7/4.jpg"));
        QCOMPARE(std::string(ds.rightsHolder(fifth)), std::string("Cy"));
        // Test images carry no label, and photographers are shared by name across files.
        QCOMPARE(ds.images[8].label, -1);
        QCOMPARE(std::string(ds.fileName(ds.images[8])), std::string("test2018/aa.jpg"));
        QCOMPARE(ds.photographers.size(), size_t(6));
        QVERIFY(ds.issues.empty());
        QVERIFY(!ds.hasLocations);
    }

    // 60,000 train and 20,000 test images: the loader gives the pages of the mapped files back
    // every 8,192 entries while a second thread still copies names out of them, and parses
    // test on a third. Every name, photographer and label must still come out right.
    void largeFilesReadBackExactlyWhilePagesAreReleased() {
        QTemporaryDir dir;
        fixtures::writeDataset2018(dir);
        fixtures::write(dir, "train2018.json", largeFile(60000, 1000000, "train_val2018/X/", true));
        fixtures::write(dir, "test2018.json", largeFile(20000, 2000000, "test2018/", false));
        const Dataset ds = loadDataset(dir.path().toStdString());
        QCOMPARE(ds.imageCount(Split::Train), int64_t(60000));
        QCOMPARE(ds.imageCount(Split::Test), int64_t(20000));
        QCOMPARE(ds.imageCount(Split::Val), int64_t(3));
        QVERIFY(ds.issues.empty());
        // Ids clear of the val fixture's 10..12; train images first, then val, then test.
        const int64_t ids[] = {1000000, 1000001, 1008191, 1008192, 1033333,
                               1059999, 2000000, 2008192, 2019999};
        for (int64_t id : ids) {
            const bool train = id < 2000000;
            const size_t at =
                static_cast<size_t>(train ? id - 1000000 : 60000 + 3 + (id - 2000000));
            const ImageRecord& im = ds.images[at];
            QCOMPARE(im.id, id);
            QCOMPARE(std::string(ds.fileName(im)),
                     (train ? "train_val2018/X/" : "test2018/") + padded(id) + ".jpg");
            QCOMPARE(std::string(ds.rightsHolder(im)), "Photographer " + std::to_string(id % 97));
            QCOMPARE(im.label, train ? ds.classOf(kCategoryIds[id % 3]) : -1);
        }
        // The 97 photographers of the large files and the fixture's val file's, once each.
        std::set<std::string> distinct(ds.photographers.begin(), ds.photographers.end());
        QCOMPARE(distinct.size(), ds.photographers.size());
        QVERIFY(ds.photographers.size() >= 97);
    }

    void keepsObfuscatedNamesWithoutCategoriesJson() {
        QTemporaryDir dir;
        fixtures::writeDataset2018(dir, false);
        const Dataset ds = loadDataset(dir.path().toStdString());
        QCOMPARE(ds.categories[0].name, std::string("a1b2"));
        QCOMPARE(ds.categories[0].supercategory, std::string("Insecta"));
    }

    void readsLocations2018() {
        QTemporaryDir dir;
        fixtures::writeDataset2018(dir);
        fixtures::write(dir, "inat2018_locations/train2018_locations.json",
                        fixtures::locations2018());
        fixtures::write(
            dir, "inat2018_locations/val2018_locations.json",
            R"([{"id": 10, "lat": -33.9, "lon": 151.2, "date": "2017-01-02", "user_id": 7}])");
        const Dataset ds = loadDataset(dir.path().toStdString());
        QVERIFY(ds.hasLocations);
        const Location* loc = ds.location(ds.images[3]);
        QVERIFY(loc);
        QCOMPARE(loc->userId, int64_t(42));
        QCOMPARE(loc->lat, 52.5f);
        QCOMPARE(loc->lon, 13.4f);
        QCOMPARE(loc->date, std::string("2016-05-01 10:00:00+00:00"));
        const Location* unknown = ds.location(ds.images[4]);
        QVERIFY(unknown && std::isnan(unknown->lat) && unknown->userId == -1);
        QCOMPARE(ds.location(ds.images[5])->userId, int64_t(7));
        QVERIFY(!ds.location(ds.images[0]));
    }

    void reads2017() {
        QTemporaryDir dir;
        const std::string cats =
            R"([{"id": 2, "name": "Callisaurus draconoides", "supercategory": "Reptilia"},
                {"id": 5, "name": "Nostoc", "supercategory": "Bacteria"}])";
        fixtures::write(
            dir, "train2017.json",
            R"({"images": [{"id": 1, "width": 500, "height": 375, "file_name": "train_val_images/Reptilia/Callisaurus draconoides/1.jpg"},
                                      {"id": 2, "width": 500, "height": 375, "file_name": "train_val_images/Bacteria/Nostoc/2.jpg"}],
                            "annotations": [{"id": 1, "image_id": 1, "category_id": 2}, {"id": 2, "image_id": 2, "category_id": 5}],
                            "categories": )" +
                cats + "}");
        fixtures::write(
            dir, "val2017.json",
            R"({"images": [{"id": 3, "width": 500, "height": 375, "file_name": "train_val_images/Bacteria/Nostoc/3.jpg"}],
                            "annotations": [{"id": 3, "image_id": 3, "category_id": 5}], "categories": )" +
                cats + "}");
        const Dataset ds = loadDataset(dir.path().toStdString());
        QCOMPARE(ds.layout, Layout::Inat2017);
        QCOMPARE(ds.categories.size(), size_t(2));
        QVERIFY(ds.categories[0].ranks[0].empty());
        QCOMPARE(ds.classCounts(Split::Val), (std::vector<int64_t>{0, 1}));
        // 2017 gives no ranks: the genus comes from the binomial, the rest is unknown.
        const Taxonomy tax = Taxonomy::build(ds);
        const int32_t species = tax.speciesNode(0);
        QCOMPARE(tax.node(tax.ancestor(species, Rank::Genus)).name, std::string("Callisaurus"));
        QCOMPARE(tax.node(tax.ancestor(species, Rank::Family)).name, std::string("Unknown family"));
        QCOMPARE(tax.node(tax.ancestor(tax.speciesNode(1), Rank::Genus)).name,
                 std::string("Unknown genus"));
    }

    void reads2021() {
        QTemporaryDir dir;
        const std::string cats =
            R"([{"id": 0, "name": "Abrus precatorius", "common_name": "rosary pea", "supercategory": "Plants", "kingdom": "Plantae", "phylum": "Tracheophyta", "class": "Magnoliopsida", "order": "Fabales", "family": "Fabaceae", "genus": "Abrus", "specific_epithet": "precatorius", "image_dir_name": "00000_Plantae_Tracheophyta_Magnoliopsida_Fabales_Fabaceae_Abrus_precatorius"}])";
        fixtures::write(
            dir, "train.json",
            R"({"info": {"year": 2021}, "images": [{"id": 7, "width": 500, "height": 375, "file_name": "train/00000_x/a.jpg", "license": 1, "rights_holder": "Gil", "date": "2010-06-01 00:00:00+00:00", "latitude": 21.3, "longitude": -157.8, "location_uncertainty": 10}],
                            "annotations": [{"id": 7, "image_id": 7, "category_id": 0}], "categories": )" +
                cats + "}");
        fixtures::write(
            dir, "val.json",
            R"({"images": [{"id": 8, "width": 500, "height": 375, "file_name": "val/00000_x/b.jpg", "license": 1, "rights_holder": "Hal", "date": "2011-06-01", "latitude": null, "longitude": null}],
                            "annotations": [{"id": 8, "image_id": 8, "category_id": 0}], "categories": )" +
                cats + "}");
        const Dataset ds = loadDataset(dir.path().toStdString());
        QCOMPARE(ds.layout, Layout::Inat2021);
        QCOMPARE(ds.categories[0].ranks[5], std::string("Abrus"));
        QCOMPARE(ds.images.size(), size_t(2));
        const Location* loc = ds.location(ds.images[0]);
        QVERIFY(loc);
        QCOMPARE(loc->lat, 21.3f);
        QCOMPARE(loc->date, std::string("2010-06-01 00:00:00+00:00"));
        QVERIFY(std::isnan(ds.location(ds.images[1])->lat));
        QCOMPARE(ds.images[1].label, 0);
    }

    void decodesEscapesAndUtf8() {
        QTemporaryDir dir;
        fixtures::writeDataset2018(dir);
        std::string train = fixtures::train2018();
        train.replace(train.find("\"Cy\""), 4, "\"J\\u00fcrgen \\\"JJ\\\"\"");
        train.replace(train.find("\"Ann\""), 5, "\"Zo\xC3\xAB\"");
        fixtures::write(dir, "train2018.json", train);
        const Dataset ds = loadDataset(dir.path().toStdString());
        QCOMPARE(std::string(ds.rightsHolder(ds.images[4])), std::string("J\xC3\xBCrgen \"JJ\""));
        QCOMPARE(std::string(ds.rightsHolder(ds.images[0])), std::string("Zo\xC3\xAB"));
    }

    void lenientLoadingRecordsProblems() {
        QTemporaryDir dir;
        fixtures::writeDataset2018(dir);
        std::string train = fixtures::train2018();
        // An annotation to a missing image and one to an unknown category.
        train.replace(
            train.find("], \"licenses\""), 1,
            ", " + fixtures::annotation(5, 99, 0) + ", " + fixtures::annotation(6, 0, 3) + "]");
        fixtures::write(dir, "train2018.json", train);
        QVERIFY_THROWS_EXCEPTION(Error, loadDataset(dir.path().toStdString()));
        LoadOptions lenient;
        lenient.strict = false;
        const Dataset ds = loadDataset(dir.path().toStdString(), lenient);
        QCOMPARE(ds.issues.size(), size_t(2));
        QCOMPARE(ds.issues[0].kind, std::string("dangling-annotation-image"));
        QCOMPARE(ds.issues[1].kind, std::string("dangling-annotation-category"));
        QCOMPARE(ds.classCounts(Split::Train), (std::vector<int64_t>{3, 1, 1}));
    }

    void progressCanCancel() {
        QTemporaryDir dir;
        fixtures::writeDataset2018(dir);
        int calls = 0;
        const ProgressFn stop = [&](const Progress&) { return ++calls < 2; };
        bool cancelled = false;
        try {
            loadDataset(dir.path().toStdString(), {}, stop);
        } catch (const Cancelled&) {
            cancelled = true;
        }
        QVERIFY(cancelled);
        QCOMPARE(calls, 2);
    }
};

QTEST_APPLESS_MAIN(TestReaders)
#include "test_readers.moc"
