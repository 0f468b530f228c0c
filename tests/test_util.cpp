// Small core utilities: atomic writes, path safety, id index, interner, RNG, buckets.

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>
#include <cstdlib>
#include <cstring>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <numeric>
#include <set>

#include "dataset/Buckets.h"
#include "dataset/DemoPlan.h"
#include "dataset/IdIndex.h"
#include "dataset/Stats.h"
#include "util/AtomicFile.h"
#include "util/Error.h"
#include "util/MemoryPolicy.h"
#include "util/Rng.h"
#include "util/SafePath.h"
#include "util/StringInterner.h"

using namespace taxa;

// ASan and TSan bring their own malloc, which the memory policy does not concern.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define TAXA_SANITIZED_MALLOC 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define TAXA_SANITIZED_MALLOC 1
#endif
#endif

class TestUtil : public QObject {
    Q_OBJECT

  private slots:
    void atomicWriteRoundTrip() {
        QTemporaryDir dir;
        const std::string path = dir.path().toStdString() + "/a/b/file.json";
        writeFileAtomic(path, "first");
        writeFileAtomic(path, std::string("second\0x", 8));
        QCOMPARE(readFile(path), std::string("second\0x", 8));
        // Only the target remains: no temporary left behind.
        QCOMPARE(QDir(dir.path() + "/a/b").entryList(QDir::Files).size(), 1);
        QVERIFY_THROWS_EXCEPTION(Error, readFile(dir.path().toStdString() + "/missing"));
        QVERIFY_THROWS_EXCEPTION(Error, writeFileAtomic("/proc/taxa/x", "y"));
    }

    void safePaths() {
        QVERIFY(unsafeRelativePathReason("train_val2018/Aves/1/a.jpg").empty());
        QVERIFY(unsafeRelativePathReason("a/..b/c..").empty());
        QCOMPARE(unsafeRelativePathReason(""), std::string("empty path"));
        QCOMPARE(unsafeRelativePathReason("/etc/passwd"), std::string("absolute path"));
        QCOMPARE(unsafeRelativePathReason("C:\\x"),
                 std::string("absolute path with a drive letter"));
        QCOMPARE(unsafeRelativePathReason("a/../../b"),
                 std::string("path escapes the dataset root"));
        QCOMPARE(unsafeRelativePathReason("a\\..\\b"),
                 std::string("path escapes the dataset root"));
        QCOMPARE(unsafeRelativePathReason(".."), std::string("path escapes the dataset root"));
        QCOMPARE(unsafeRelativePathReason(std::string_view("a\0b", 3)),
                 std::string("path contains a NUL byte"));
        QCOMPARE(joinInside("/data", "x/y.jpg"), std::string("/data/x/y.jpg"));
        QCOMPARE(joinInside("/data/", "x"), std::string("/data/x"));
    }

    void idIndexDenseAndSparse() {
        IdIndex dense;
        QCOMPARE(dense.build({5, 0, 3}), int64_t(-1));
        QCOMPARE(dense.find(3), 2);
        QCOMPARE(dense.find(4), -1);
        QCOMPARE(dense.find(-1), -1);
        QCOMPARE(dense.find(1000), -1);
        IdIndex sparse;
        QCOMPARE(sparse.build({1'000'000'000'000, -7, 42, -7}), int64_t(-7));
        QCOMPARE(sparse.find(1'000'000'000'000), 0);
        QCOMPARE(sparse.find(-7), 1);  // first occurrence kept
        QCOMPARE(sparse.find(41), -1);
    }

    void internerKeepsFirstIndex() {
        std::vector<std::string> strings{"pre"};
        StringInterner in(strings);
        QCOMPARE(in.intern("pre"), 0);
        for (int i = 0; i < 5000; ++i)
            QCOMPARE(in.intern("n" + std::to_string(i)), i + 1);
        for (int i = 4999; i >= 0; --i)
            QCOMPARE(in.intern("n" + std::to_string(i)), i + 1);
        QCOMPARE(strings.size(), size_t(5001));
        QCOMPARE(in.intern(""), 5001);
    }

    void rngIsDeterministicAndInRange() {
        Rng a(42), b(42), c(43);
        QCOMPARE(a.next(), b.next());
        QVERIFY(a.next() != c.next());
        std::vector<int> hist(6, 0);
        for (int i = 0; i < 60000; ++i) {
            const int64_t v = a.between(1, 6);
            QVERIFY(v >= 1 && v <= 6);
            ++hist[static_cast<size_t>(v - 1)];
        }
        for (int h : hist)
            QVERIFY(std::abs(h - 10000) < 500);  // > 5 standard deviations
        const double u = a.uniform();
        QVERIFY(u >= 0 && u < 1);
    }

    void reuseFreedMemoryKeepsLargeBlocksOnTheHeap() {
#if defined(TAXA_SANITIZED_MALLOC)
        QSKIP("the sanitizer's allocator replaces glibc's malloc and its mmap threshold");
#elif defined(__GLIBC__)
        constexpr size_t kBig = 64u << 20;  // far above glibc's mmap threshold
        // How many blocks are separate mappings while one big block is held.
        auto mappedWhileHolding = [] {
            void* volatile p = std::malloc(kBig);  // volatile: the compiler may not drop it
            std::memset(p, 1, 4096);
            const size_t mapped = mallinfo2().hblks;
            std::free(p);
            return mapped;
        };
        const size_t before = mallinfo2().hblks;
        QCOMPARE(mappedWhileHolding(), before + 1);  // glibc's default: a mapping of its own
        {
            const taxa::ReuseFreedMemory outer;
            {
                const taxa::ReuseFreedMemory inner;  // guards nest (training beside prediction)
            }
            QVERIFY(taxa::ReuseFreedMemory::active());
            QCOMPARE(mappedWhileHolding(), before);  // from the heap, reusable by the next step
        }
        QVERIFY(!taxa::ReuseFreedMemory::active());
        QCOMPARE(mappedWhileHolding(), before + 1);  // the defaults are back
#else
        QSKIP("the policy is glibc's");
#endif
    }

    void bucketsAndFormatting() {
        const auto edges = defaultBucketEdges();
        QCOMPARE(bucketOf(2, edges), 0);
        QCOMPARE(bucketOf(4, edges), 0);
        QCOMPARE(bucketOf(5, edges), 1);
        QCOMPARE(bucketOf(1000, edges), 7);
        QCOMPARE(bucketOf(1001, edges), -1);
        QCOMPARE(bucketOf(1, edges), -1);
        QCOMPARE(withThousands(437513), std::string("437,513"));
        QCOMPARE(withThousands(999), std::string("999"));
        QCOMPARE(withThousands(-1000), std::string("-1,000"));
    }

    void longTailAllocationIsExact() {
        for (const auto& row : published2018()) {
            const auto c = allocateLongTail(row.classes, row.train, 2, 1000);
            QCOMPARE(static_cast<int64_t>(c.size()), row.classes);
            QCOMPARE(std::accumulate(c.begin(), c.end(), int64_t(0)), row.train);
            QVERIFY(std::is_sorted(c.rbegin(), c.rend()));
            QVERIFY(c.back() >= 2 && c.front() <= 1000);
        }
        QVERIFY_THROWS_EXCEPTION(Error, allocateLongTail(3, 5, 2, 1000));
        QVERIFY_THROWS_EXCEPTION(Error, allocateLongTail(3, 3001, 2, 1000));
    }
};

QTEST_APPLESS_MAIN(TestUtil)
#include "test_util.moc"
