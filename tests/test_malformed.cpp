// Malformed inputs: each gives its own clear one-line error naming the file, never a crash.

#include <QTemporaryDir>
#include <QtTest>

#include "TestFixtures.h"
#include "dataset/DatasetLoader.h"
#include "util/Error.h"

using namespace taxa;

namespace {

std::string replaced(std::string s, const std::string& from, const std::string& to) {
    const auto at = s.find(from);
    if (at == std::string::npos) qFatal("fixture text not found: %s", from.c_str());
    return s.replace(at, from.size(), to);
}

// The one-line error of loading the folder, or "" if it loads.
QString messageOf(const QTemporaryDir& dir) {
    try {
        loadDataset(dir.path().toStdString());
    } catch (const Error& e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

}  // namespace

class TestMalformed : public QObject {
    Q_OBJECT

  private slots:
    void rejects_data() {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        const std::string train = fixtures::train2018();
        const std::string img0 = fixtures::image(0, 0, "Ann");
        auto row = [](const char* name, const char* file, const std::string& content,
                      const char* expected) {
            QTest::newRow(name) << QByteArray(file) << QByteArray::fromStdString(content)
                                << QString(expected);
        };
        const char* T = "train2018.json";
        row("empty file", T, "", "train2018.json: file is empty");
        row("truncated in a string", T, train.substr(0, train.size() / 2 - 3), "train2018.json");
        row("truncated after a value", T, train.substr(0, train.find("\"annotations\"")),
            "train2018.json");
        row("top level is a list", T, "[1, 2]", "expected a JSON object at the top level");
        row("images not a list", T, replaced(train, "\"images\": [", "\"images\": {\"a\": ["),
            "field 'images': expected a list, got an object");
        row("image not an object", T, replaced(train, img0, "17"),
            "images[0]: expected an object, got a number");
        row("missing image id", T, replaced(train, "{\"id\": 2, \"width\"", "{\"width\""),
            "images[2]: missing required field 'id'");
        row("id is a string", T, replaced(train, "{\"id\": 3, ", "{\"id\": \"3\", "),
            "images[3]: field 'id': expected an integer, got a string");
        row("width is fractional", T, replaced(train, "\"width\": 600", "\"width\": 600.5"),
            "images[4] (id 4): field 'width': expected an integer, got 600.5");
        row("negative height", T, replaced(train, "\"height\": 800", "\"height\": -5"),
            "images[4] (id 4): field 'height': -5 is not a plausible image size");
        row("absurd width", T, replaced(train, "\"width\": 600", "\"width\": 1000000000"),
            "field 'width': 1000000000 is not a plausible image size");
        row("number out of range", T,
            replaced(train, "{\"id\": 3, ", "{\"id\": 123456789012345678901234567890, "),
            "number out of range");
        row("file_name escapes the root", T,
            replaced(train, "train_val2018/X/0/1.jpg", "../../etc/passwd"),
            "images[1] (id 1): field 'file_name': path escapes the dataset root");
        row("absolute file_name", T, replaced(train, "train_val2018/X/0/1.jpg", "/etc/passwd"),
            "field 'file_name': absolute path");
        row("file_name is null", T, replaced(train, "\"train_val2018/X/0/1.jpg\"", "null"),
            "field 'file_name': expected a string, got null");
        row("invalid UTF-8", T, replaced(train, "\"Bo\"", "\"B\xC3\x28\""), "invalid UTF-8");
        row("duplicate image id", T, replaced(train, "{\"id\": 3, ", "{\"id\": 2, "),
            "duplicate image id 2");
        row("dangling annotation image", T,
            replaced(train, fixtures::annotation(3, 3, 1), fixtures::annotation(3, 99, 1)),
            "annotations[3] (id 3): image_id 99 is not in this file");
        row("dangling annotation category", T,
            replaced(train, fixtures::annotation(3, 3, 1), fixtures::annotation(3, 3, 77)),
            "annotations[3] (id 3): category_id 77 is unknown");
        row("duplicate annotation id", T,
            replaced(train, fixtures::annotation(3, 3, 1), fixtures::annotation(2, 3, 1)),
            "duplicate annotation id");
        row("image annotated twice", T,
            replaced(train, fixtures::annotation(3, 3, 1), fixtures::annotation(3, 2, 1)),
            "image 2 is already annotated");
        row("unannotated image", T, replaced(train, ", " + fixtures::annotation(4, 4, 7), ""),
            "train2018.json: image 4 has no annotation");
        row("negative category id", T,
            replaced(train, fixtures::annotation(3, 3, 1), fixtures::annotation(3, 3, -1)),
            "field 'category_id': negative id -1");
        row("missing annotations", T, replaced(train, "\"annotations\"", "\"notes\""),
            "missing required field 'annotations'");
        // simdjson calls some of these an unclosed list; the bytes say where the junk starts.
        const std::string trailingAt =
            "train2018.json: trailing content after the JSON document at byte " +
            std::to_string(train.size() + 2);
        row("content after the document", T, train + " {}", trailingAt.c_str());
        row("garbage after the document", T, train + " xyz", trailingAt.c_str());
        row("bracket after the document", T, train + "\n]", trailingAt.c_str());
        row("duplicate category id", "categories.json",
            replaced(fixtures::categories2018(false), "\"id\": 7", "\"id\": 1"),
            "categories.json: categories: duplicate category id 1");
        row("category without genus", "categories.json",
            replaced(fixtures::categories2018(false), ", \"genus\": \"Parus\"", ""),
            "categories.json: categories[2] (id 7): missing required field 'genus'");
        row("categories not a list", "categories.json", "42", "expected a list, got a number");
        row("latitude out of range", "inat2018_locations/train2018_locations.json",
            R"([{"id": 1, "lat": 123.0, "lon": 0}])",
            "train2018_locations.json: locations[0] (id 1): field 'lat': 123.000000 is outside "
            "+-90");
        row("location of unknown image", "inat2018_locations/val2018_locations.json",
            R"([{"id": 1, "lat": 12.0, "lon": 0}])", "image id 1 is not in the val split");
        row("val without images", "val2018.json", R"({"annotations": []})",
            "val2018.json: missing required field 'images'");
        row("deeply nested junk", "val2018.json", std::string(5000, '[') + std::string(5000, ']'),
            "val2018.json");
    }

    void rejects() {
        QFETCH(QByteArray, file);
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        fixtures::writeDataset2018(dir);
        fixtures::write(dir, file.toStdString(), content.toStdString());
        try {
            loadDataset(dir.path().toStdString());
            QFAIL("loading succeeded");
        } catch (const Error& e) {
            const QString message = QString::fromUtf8(e.what());
            QVERIFY2(message.contains(expected), qPrintable(message));
            QVERIFY2(!message.contains('\n'), qPrintable(message));
            // Every message starts with the file it is about.
            const QString label = QString(file).section('/', -1);
            QVERIFY2(message.startsWith(label), qPrintable(message));
        }
    }

    void readsRankFreeListsWhenCategoriesJsonReplacesThem() {
        QTemporaryDir dir;
        fixtures::writeDataset2018(dir);
        // The competition files' lists with only id, name and supercategory.
        std::string ranks = fixtures::categories2018(true), bare = ranks;
        for (size_t at; (at = bare.find(", \"kingdom\"")) != std::string::npos;)
            bare.erase(at, bare.find('}', at) - at);
        auto strip = [&](std::string s) { return replaced(s, ranks, bare); };
        fixtures::write(dir, "train2018.json", strip(fixtures::train2018()));
        fixtures::write(dir, "val2018.json", strip(fixtures::val2018()));
        const Dataset ds = loadDataset(dir.path().toStdString());
        QCOMPARE(ds.categories[2].ranks[4], std::string("Paridae"));  // from categories.json
        QCOMPARE(ds.imageCount(Split::Val), int64_t(3));
        // Without categories.json the train list is the taxonomy, and must be complete.
        QVERIFY(QFile::remove(dir.path() + "/categories.json"));
        QCOMPARE(messageOf(dir),
                 "train2018.json: categories[0] (id 0): missing required field 'kingdom'");
    }

    void acceptsAByteOrderMark() {
        QTemporaryDir dir;
        fixtures::writeDataset2018(dir);
        const std::string bom = "\xEF\xBB\xBF";
        fixtures::write(dir, "train2018.json", bom + fixtures::train2018());
        fixtures::write(dir, "categories.json", bom + fixtures::categories2018(false));
        fixtures::write(dir, "inat2018_locations/val2018_locations.json",
                        bom + R"([{"id": 11, "lat": 1.5, "lon": 2}])");
        const Dataset ds = loadDataset(dir.path().toStdString());
        QCOMPARE(ds.imageCount(Split::Train), int64_t(5));
        QCOMPARE(ds.categories[0].name, std::string("Coccinella septempunctata"));
        QCOMPARE(ds.location(ds.images[6])->lat, 1.5f);
        // A mark followed by trailing junk still names the junk's byte in the file.
        fixtures::write(dir, "train2018.json", bom + fixtures::train2018() + "x");
        const QString message = messageOf(dir);
        QVERIFY2(message.endsWith("at byte " + QString::number(fixtures::train2018().size() + 4)),
                 qPrintable(message));
    }

    void blamesTheSplitFileNotItsLocations() {
        QTemporaryDir dir;
        fixtures::writeDataset2018(dir);
        fixtures::write(dir, "inat2018_locations/val2018_locations.json",
                        R"([{"id": 11, "lat": 1.5, "lon": 2}])");
        QVERIFY(QFile::remove(dir.path() + "/val2018.json"));
        QCOMPARE(messageOf(dir),
                 "val2018.json: missing, though val2018_locations.json gives locations for val "
                 "images");
        fixtures::write(dir, "val2018.json", fixtures::val2018());
        fixtures::write(dir, "inat2018_locations/train2018_locations.json",
                        R"([{"id": 3, "lat": 1.5, "lon": 2}])");
        fixtures::write(dir, "train2018.json",
                        R"({"images": [], "annotations": [], "categories": )" +
                            fixtures::categories2018(true) + "}");
        QCOMPARE(messageOf(dir),
                 "train2018.json: no images, though train2018_locations.json gives locations for "
                 "train images");
    }

    void rejectsFolderWithoutAnnotations() {
        QTemporaryDir dir;
        try {
            loadDataset(dir.path().toStdString());
            QFAIL("loading succeeded");
        } catch (const Error& e) {
            QVERIFY(QString(e.what()).contains("no dataset found"));
        }
        QVERIFY_THROWS_EXCEPTION(Error, loadDataset(dir.path().toStdString() + "/missing"));
    }
};

QTEST_APPLESS_MAIN(TestMalformed)
#include "test_malformed.moc"
