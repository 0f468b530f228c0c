// Reading and writing files safely: only regular files are read (a FIFO, a device or a folder is
// refused at once with a one-line error), bytes quoted from files are escaped before they reach
// a terminal, and output folders are claimed without harming what is already there.

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include "FifoFixture.h"
#include "util/AtomicFile.h"
#include "util/MappedFile.h"
#include "util/OutputFolder.h"
#include "util/Printable.h"
#include "util/RegularFile.h"

using namespace taxa;

namespace {

// The FileError a call throws; fails the test if it throws nothing.
template <class Fn>
FileError fileErrorOf(Fn&& fn) {
    try {
        fn();
    } catch (const FileError& e) {
        return e;
    }
    qFatal("no FileError thrown");
}

OutputFolderOwner producer() {
    return {"the test", ".test-marker", {"data.json", "images"}};
}

std::string errorOf(const std::function<void()>& fn) {
    try {
        fn();
    } catch (const Error& e) {
        return e.what();
    }
    return {};
}

// The process's resident file-backed memory (RssFile in /proc/self/status), in KiB.
int64_t residentFileKiB() {
    const std::string status = readRegularFile("/proc/self/status");
    const size_t at = status.find("RssFile:");
    return at == std::string::npos ? -1 : std::stoll(status.substr(at + 8));
}

}  // namespace

class TestFiles : public QObject {
    Q_OBJECT

  private slots:
    void readsRegularFilesWhole() {
        QTemporaryDir dir;
        const std::string path = dir.path().toStdString() + "/f.bin";
        std::string data(200000, '\0');
        for (size_t i = 0; i < data.size(); ++i)
            data[i] = static_cast<char>(i * 7 + i / 256);
        writeFileAtomic(path, data);
        QCOMPARE(readRegularFile(path), data);
        std::vector<uint8_t> bytes{1, 2, 3};  // replaced, not appended to
        readRegularFile(path, bytes);
        QCOMPARE(std::string(bytes.begin(), bytes.end()), data);
        writeFileAtomic(path, "");
        QCOMPARE(readRegularFile(path), std::string());
        // /proc files report size 0 but have content: the size is only a hint.
        QVERIFY(readRegularFile("/proc/self/status").find("Name:") != std::string::npos);
    }

    // A parser that has passed part of a mapped file gives that part's memory back; the bytes
    // stay readable (faulted in again from the page cache) and unchanged.
    void releasedPagesLeaveTheProcessButStayReadable() {
        QTemporaryDir dir;
        const std::string path = dir.path().toStdString() + "/big.json";
        std::string data(16 << 20, '\0');
        for (size_t i = 0; i < data.size(); ++i)
            data[i] = static_cast<char>('a' + (i * 31 + i / 4096) % 26);
        writeFileAtomic(path, data);
        MappedFile m(path, "big.json", 64);
        QCOMPARE(std::string_view(m.data(), m.size()), std::string_view(data));  // all touched
        const int64_t before = residentFileKiB();
        m.releaseBefore(m.data() + 12 * (1 << 20) + 100);  // a partial page stays
        const int64_t dropped = before - residentFileKiB();
        QVERIFY2(dropped >= 11 * 1024 && dropped <= 12 * 1024 + 4,
                 qPrintable(QString("file pages resident dropped by %1 KiB").arg(dropped)));
        m.releaseBefore(m.data() + 4096);  // behind what is released already: nothing to do
        QCOMPARE(std::string_view(m.data(), m.size()), std::string_view(data));
        QCOMPARE(m.data()[m.size()], '\0');  // the padding is still there
    }

    void enforcesTheSizeLimit() {
        QTemporaryDir dir;
        const std::string path = dir.path().toStdString() + "/four";
        writeFileAtomic(path, "abcd");
        QCOMPARE(readRegularFile(path, 4), std::string("abcd"));
        const FileError e = fileErrorOf([&] { readRegularFile(path, 3); });
        QCOMPARE(e.problem(), FileProblem::TooLarge);
        QCOMPARE(std::string(e.what()), path + ": larger than the limit of 3 bytes");
    }

    void refusesWhatIsNotARegularFile() {
        QTemporaryDir dir;
        const std::string root = dir.path().toStdString();
        FileError e = fileErrorOf([&] { readRegularFile(root); });
        QCOMPARE(e.problem(), FileProblem::NotRegular);
        QCOMPARE(std::string(e.what()), root + ": is a folder, not a regular file");
        // readFile() (predictions, configs) goes the same way: a folder is named as one.
        QCOMPARE(errorOf([&] { readFile(root); }), root + ": is a folder, not a regular file");
        e = fileErrorOf([&] { readRegularFile("/dev/null"); });
        QCOMPARE(std::string(e.what()), "/dev/null: is a character device, not a regular file");
        e = fileErrorOf([&] { readRegularFile(root + "/missing"); });
        QCOMPARE(e.problem(), FileProblem::Missing);
        QCOMPARE(std::string(e.what()), root + "/missing: no such file");
    }

    void refusesAFifoWithoutBlocking() {
        QTemporaryDir dir;
        const std::string fifo = dir.path().toStdString() + "/pipe.jpg";
        QVERIFY(fixtures::makeFifo(fifo));
        std::string message;
        QVERIFY(fixtures::finishesWithin(
            10, fifo, [&] { message = errorOf([&] { readRegularFile(fifo); }); }));
        QCOMPARE(message, fifo + ": is a FIFO (named pipe), not a regular file");
        // The annotation readers' memory map takes the same path, naming the file's label.
        QVERIFY(fixtures::finishesWithin(10, fifo, [&] {
            message = errorOf([&] { MappedFile m(fifo, "train2018.json", 64); });
        }));
        QCOMPARE(message,
                 "train2018.json: " + fifo + ": is a FIFO (named pipe), not a regular file");
    }

    void escapesControlBytes() {
        QCOMPARE(printable("id,predicted"), std::string("id,predicted"));
        QCOMPARE(printable("a\x1b]0;title\x07z"), std::string("a\\x1B]0;title\\x07z"));
        QCOMPARE(printable(std::string("x\0y\x7f", 4)), std::string("x\\x00y\\x7F"));
        // U+009B (CSI in the C1 range) is escaped; other UTF-8 passes unchanged.
        QCOMPARE(printable("\xC2\x9B"
                           "2J caf\xC3\xA9"),
                 std::string("\\xC2\\x9B2J caf\xC3\xA9"));
        QCOMPARE(printable(std::string(100, 'x'), 10), std::string(10, 'x') + "...");
    }

    void refusesSystemFolders() {
        for (const char* dir : {"/", "/usr", "/usr/share/doc", "/etc", "/home", "/tmp", "/tmp/"}) {
            const std::string message = errorOf([&] { claimOutputFolder(dir, producer(), true); });
            QVERIFY2(message.rfind(std::string(dir) + ": refusing to write the test output here",
                                   0) == 0,
                     message.c_str());
        }
        QVERIFY(!systemFolderReason("/").empty());
        QVERIFY(!systemFolderReason("/usr/../etc/x").empty());
        QVERIFY(systemFolderReason("/tmp/some-dataset").empty());
        QVERIFY(systemFolderReason("/home/someone/data").empty());
        // The home folder itself, wherever it is.
        QTemporaryDir home;
        const QByteArray realHome = qgetenv("HOME");
        qputenv("HOME", home.path().toUtf8());
        const std::string reason = systemFolderReason(home.path().toStdString() + "/");
        const std::string below = systemFolderReason(home.path().toStdString() + "/data");
        qputenv("HOME", realHome);
        QCOMPARE(reason, std::string("it is your home folder"));
        QVERIFY(below.empty());
    }

    void claimsOnlyItsOwnFolders() {
        QTemporaryDir dir;
        const std::string root = dir.path().toStdString();
        // A new folder, then the same folder again: its own marker lets it write there.
        claimOutputFolder(root + "/new/out", producer(), false);
        QVERIFY(QFile::exists(dir.path() + "/new/out/.test-marker"));
        writeFileAtomic(root + "/new/out/data.json", "{}");
        QDir().mkpath(dir.path() + "/new/out/images");
        claimOutputFolder(root + "/new/out", producer(), false);
        // Someone else's file beside its own: refused, unless forced.
        writeFileAtomic(root + "/new/out/notes.txt", "mine");
        std::string message =
            errorOf([&] { claimOutputFolder(root + "/new/out", producer(), false); });
        QCOMPARE(message, root +
                              "/new/out: holds files that the test did not write (such as "
                              "'notes.txt'); choose a new or empty folder, or use --force to "
                              "write there anyway");
        claimOutputFolder(root + "/new/out", producer(), true);
        // A folder of another program holding only names it would write is still not its own.
        writeFileAtomic(root + "/other/data.json", "{}");
        QVERIFY(!errorOf([&] { claimOutputFolder(root + "/other", producer(), false); }).empty());
        // An empty folder is fine; a file is not a folder.
        QDir().mkpath(dir.path() + "/empty");
        claimOutputFolder(root + "/empty", producer(), false);
        QCOMPARE(errorOf([&] { claimOutputFolder(root + "/other/data.json", producer(), true); }),
                 root + "/other/data.json: not a folder");
        QCOMPARE(readFile(root + "/other/data.json"), std::string("{}"));
    }
};

QTEST_APPLESS_MAIN(TestFiles)
#include "test_files.moc"
