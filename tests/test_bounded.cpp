// Readers of untrusted formats are bounded by construction: nesting, element counts and
// allocations are checked against the bytes present before anything is allocated (issue 23,
// defects 1, 5, 7 and 11). Each case is a file an adversarial probe made, rebuilt here.
#include <sys/resource.h>

#include <QtTest>
#include <cmath>
#include <string>

#include "geo/GeoFile.h"
#include "model/TorchPickle.h"
#include "util/Error.h"

using namespace taxa;

namespace {

// Peak resident memory of this process so far, in MB.
long peakMb() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024;
}

// The message parseStateDictPickle throws for @p pkl, or "" when it parses.
QString pickleError(const std::string& pkl) {
    try {
        parseStateDictPickle(pkl, "w.pth");
    } catch (const Error& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

TensorRecord record(const std::string& name, const std::string& key, int64_t numel,
                    std::vector<int64_t> sizes, std::vector<int64_t> strides) {
    TensorRecord r;
    r.name = name;
    r.dtype = "float32";
    r.storageKey = key;
    r.storageNumel = numel;
    r.sizes = std::move(sizes);
    r.strides = std::move(strides);
    return r;
}

geo::GeoFile smallPrior() {
    geo::GeoFile f;
    f.kind = "grid";
    f.categoryIds = {1, 2};
    f.params["cell"] = 10;
    geo::GeoTensor t;
    t.name = "counts";
    t.shape = {2, 3};
    t.f = {1, 2, 3, 4, 5, 6};
    f.tensors.push_back(t);
    return f;
}

QString geoError(const std::string& bytes) {
    try {
        geo::parseGeoFile(bytes, "p.geo");
    } catch (const Error& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

}  // namespace

class TestBounded : public QObject {
    Q_OBJECT
  private slots:
    void validPickleStillParses() {
        const auto in = std::vector<TensorRecord>{record("fc.weight", "0", 6, {2, 3}, {3, 1}),
                                                  record("fc.bias", "1", 2, {2}, {1})};
        const auto out = parseStateDictPickle(writeStateDictPickle(in), "w.pth");
        QCOMPARE(out.size(), size_t(2));
        QCOMPARE(out[0].name, std::string("fc.weight"));
        QCOMPARE(out[0].sizes, (std::vector<int64_t>{2, 3}));
    }

    // Defect 1: a million nested tuples once overflowed the stack in the values' destructors.
    void millionDeepNestingIsAnError() {
        const std::string deep = "\x80\x02N" + std::string(1'000'000, '\x85') + ".";  // TUPLE1
        const std::string marks(1'000'000, '(');
        for (const std::string& pkl :
             {deep, "\x80\x02" + marks + "N" + std::string(1'000'000, 'l') + ".",
              "\x80\x02" + marks + "N" + std::string(1'000'000, 't') + "."}) {
            const QString err = pickleError(pkl);
            QVERIFY2(err.contains("w.pth") && err.contains("nested deeper"), qPrintable(err));
        }
    }

    // A list that contains itself through the memo is no crash and no endless walk.
    void selfContainingListIsHarmless() {
        // PROTO 2, EMPTY_LIST, BINPUT 0, BINGET 0, APPEND, STOP.
        const std::string pkl = std::string("\x80\x02]q", 4) + '\0' + "h" + '\0' + "a.";
        const QString err = pickleError(pkl);
        QVERIFY2(err.contains("no dict of named tensors"), qPrintable(err));
    }

    // Defect 7: 21 MB of NONE opcodes reached 5.5 GB before "too many values".
    void floodOfValuesStopsEarlyAndSmall() {
        const long before = peakMb();
        const QString err = pickleError("\x80\x02" + std::string(21'000'000, 'N') + ".");
        QVERIFY2(err.contains("too many values"), qPrintable(err));
        QVERIFY2(peakMb() - before < 400, qPrintable(QString::number(peakMb() - before)));
    }

    // Defect 7 and 11: a stride-0 tensor declared 2^32 elements over a storage of one.
    void strideZeroTensorIsRefused() {
        const auto pkl = writeStateDictPickle({record("w", "0", 1, {int64_t(1) << 32}, {0})});
        const QString err = pickleError(pkl);
        QVERIFY2(err.startsWith("w.pth:") && err.contains("more elements than its storage"),
                 qPrintable(err));
    }

    // Defect 11: sizes near 2^63 once overflowed the 128-bit bounds sum.
    void hugeSizesNameTheFile() {
        const int64_t big = INT64_MAX;
        std::vector<int64_t> sizes(64, big), strides(64, big);
        const QString err =
            pickleError(writeStateDictPickle({record("w", "0", 1, sizes, strides)}));
        QVERIFY2(err.startsWith("w.pth:") && err.contains("past its storage"), qPrintable(err));
    }

    // Defect 11: one storage key declared with two dtypes made a view of the wrong bytes.
    void storageKeySharedAcrossDtypesIsRefused() {
        auto a = record("a", "0", 4, {4}, {1});
        auto b = record("b", "0", 4, {2}, {1});
        b.dtype = "int64";
        const QString err = pickleError(writeStateDictPickle({a, b}));
        QVERIFY2(err.contains("storage 0 declared as float32 x 4 and as int64 x 4"),
                 qPrintable(err));
    }

    // Tied weights share a storage; a thousand names over one large storage are refused.
    void manyTensorsOverOneStorageAreBounded() {
        std::vector<TensorRecord> tied{record("a", "0", 4 << 20, {4 << 20}, {1}),
                                       record("b", "0", 4 << 20, {4 << 20}, {1})};
        QCOMPARE(parseStateDictPickle(writeStateDictPickle(tied), "w.pth").size(), size_t(2));
        std::vector<TensorRecord> many;
        for (int k = 0; k < 1000; ++k)
            many.push_back(record("t" + std::to_string(k), "0", 4 << 20, {4 << 20}, {1}));
        const QString err = pickleError(writeStateDictPickle(many));
        QVERIFY2(err.contains("more than 4 times"), qPrintable(err));
    }

    // Defect 7: a 1.3 KB header declared gigabytes, allocated before the size was checked.
    void geoHeaderCannotAllocateWhatIsNotThere() {
        geo::GeoFile f = smallPrior();
        std::string bytes = geo::serializeGeoFile(f);
        const std::string small = "\"shape\":[2,3]";
        const size_t at = bytes.find(small);
        QVERIFY(at != std::string::npos);
        bytes.replace(at, small.size(), "\"shape\":[2147483648]");
        for (int k = 0; k < 8; ++k) {  // eight declared tensors of 8 GB each
            const size_t end = bytes.find("]}]");
            bytes.insert(end + 2, ",{\"name\":\"x" + std::to_string(k) +
                                      "\",\"dtype\":\"f32\",\"shape\":[2147483648]}");
        }
        const long before = peakMb();
        const QString err = geoError(bytes);
        QVERIFY2(err.contains("p.geo: truncated"), qPrintable(err));
        QVERIFY2(peakMb() - before < 100, qPrintable(QString::number(peakMb() - before)));
    }

    // fuzz_geo's finding: a shape of 3e84 was converted to an integer with undefined behaviour.
    void geoHeaderNumbersMustBeIntegers() {
        std::string bytes = geo::serializeGeoFile(smallPrior());
        const std::string small = "\"shape\":[2,3]";
        bytes.replace(bytes.find(small), small.size(), "\"shape\":[3.33e84,3]");
        const QString err = geoError(bytes);
        QVERIFY2(err.contains("p.geo: the shape of tensor 'counts' holds") &&
                     err.contains("not an integer"),
                 qPrintable(err));
        std::string ids = geo::serializeGeoFile(smallPrior());
        ids.replace(ids.find("[1,2]"), 5, "[1,2.5]");
        QVERIFY(geoError(ids).contains("category_ids holds 2.5, not an integer"));
    }

    // Defect 5: NaN weights scored every image as a perfect prediction.
    void geoWithNanWeightsIsDamaged() {
        geo::GeoFile f = smallPrior();
        QVERIFY(geoError(geo::serializeGeoFile(f)).isEmpty());
        f.tensors[0].f[4] = std::nanf("");
        const QString err = geoError(geo::serializeGeoFile(f));
        QVERIFY2(err.contains("p.geo") && err.contains("not finite"), qPrintable(err));
        f.tensors[0].f[4] = INFINITY;
        QVERIFY(geoError(geo::serializeGeoFile(f)).contains("not finite"));
    }
};

QTEST_APPLESS_MAIN(TestBounded)
#include "test_bounded.moc"
