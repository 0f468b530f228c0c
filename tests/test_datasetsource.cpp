// Opening explicitly chosen files: roles from names, the layout from the year, the recent list.

#include <QtTest>

#include "state/DatasetSource.h"

class TestDatasetSource : public QObject {
    Q_OBJECT

  private slots:
    void sortsFilesIntoRoles() {
        const auto source = DatasetSource::fromFiles(
            {"/d/val2018.json", "/d/train2018.json", "/d/categories.json",
             "/d/inat2018_locations/train2018_locations.json",
             "/d/inat2018_locations/val2018_locations.json", "/d/test2018.json"});
        taxa::DatasetFiles files;
        QString error;
        QVERIFY2(source.toDatasetFiles(&files, &error), qPrintable(error));
        QCOMPARE(files.root, std::string("/d"));
        QCOMPARE(files.layout, taxa::Layout::Inat2018);
        QCOMPARE(files.train, std::string("/d/train2018.json"));
        QCOMPARE(files.val, std::string("/d/val2018.json"));
        QCOMPARE(files.test, std::string("/d/test2018.json"));
        QCOMPARE(files.categories, std::string("/d/categories.json"));
        QCOMPARE(files.trainLocations,
                 std::string("/d/inat2018_locations/train2018_locations.json"));
        QCOMPARE(files.valLocations, std::string("/d/inat2018_locations/val2018_locations.json"));
    }

    void guessesLayout() {
        taxa::DatasetFiles files;
        QString error;
        QVERIFY(DatasetSource::fromFiles({"/a/train2017.json"}).toDatasetFiles(&files, &error));
        QCOMPARE(files.layout, taxa::Layout::Inat2017);
        QVERIFY(DatasetSource::fromFiles({"/b/train.json", "/b/val.json"})
                    .toDatasetFiles(&files, &error));
        QCOMPARE(files.layout, taxa::Layout::Inat2021);
        QCOMPARE(files.root, std::string("/b"));
        QVERIFY(DatasetSource::fromFiles({"/c/train2019.json", "/c/val2019.json"})
                    .toDatasetFiles(&files, &error));
        QCOMPARE(files.layout, taxa::Layout::Inat2019);
        QVERIFY(DatasetSource::fromFiles({"/b/train_mini.json", "/b/val.json"})
                    .toDatasetFiles(&files, &error));
        QCOMPARE(files.layout, taxa::Layout::Inat2021Mini);
        QCOMPARE(files.train, std::string("/b/train_mini.json"));
    }

    void refusesWhatItCannotPlace() {
        taxa::DatasetFiles files;
        QString error;
        QVERIFY(!DatasetSource::fromFiles({"/d/val2018.json"}).toDatasetFiles(&files, &error));
        QVERIFY(error.contains("train"));
        QVERIFY(!DatasetSource::fromFiles({"/d/train2018.json", "/d/notes.json"})
                     .toDatasetFiles(&files, &error));
        QVERIFY(error.contains("/d/notes.json"));
    }

    void roundTripsThroughSettings() {
        const auto folder = DatasetSource::fromFolder("/data/inat");
        QCOMPARE(folder.toSetting(), QString("/data/inat"));
        QCOMPARE(DatasetSource::fromSetting(folder.toSetting()).folder, QString("/data/inat"));
        const auto files = DatasetSource::fromFiles({"/x/train2018.json", "/x/val2018.json"});
        const auto back = DatasetSource::fromSetting(files.toSetting());
        QCOMPARE(back.files, files.files);
        QVERIFY(back.folder.isEmpty());
        QCOMPARE(back.displayName(), QString("train2018.json, val2018.json"));
    }
};

QTEST_MAIN(TestDatasetSource)
#include "test_datasetsource.moc"
