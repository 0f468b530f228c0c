// libFuzzer target: the checkpoint and state-dict reader's own layers on any bytes, the ones
// that run before LibTorch sees a file (--init, --resume, predict, export): the zip directory,
// the CRC check of every record, and the state dict's pickle. Whatever the pickle accepts must
// be safe for the copy that follows (model/WeightImport.cpp): a known dtype, a tensor inside
// its storage, and a storage record long enough for it.

#include <cstddef>
#include <cstdint>
#include <string>

#include "model/TorchPickle.h"
#include "util/Error.h"
#include "util/ZipArchive.h"

namespace {

// The last element a tensor reaches in its storage, or -1 when it has none.
int64_t lastElement(const taxa::TensorRecord& r) {
    int64_t last = r.offset;
    for (size_t d = 0; d < r.sizes.size(); ++d) {
        if (r.sizes[d] == 0) return -1;
        last += (r.sizes[d] - 1) * r.strides[d];
    }
    return last;
}

void checkRecord(const taxa::ZipArchive& zip, const taxa::TensorRecord& r) {
    if (taxa::dtypeSize(r.dtype) <= 0 || r.sizes.size() != r.strides.size() || r.offset < 0)
        __builtin_trap();
    for (size_t d = 0; d < r.sizes.size(); ++d)
        if (r.sizes[d] < 0 || r.strides[d] < 0) __builtin_trap();
    if (lastElement(r) >= r.storageNumel) __builtin_trap();
    // Reading clones the view: never more elements than the storage holds (issue 23).
    int64_t numel = 1;
    for (int64_t s : r.sizes)
        numel *= s;
    if (numel > r.storageNumel) __builtin_trap();
    // As readStorage() does: a storage too short is an error, never a read past its end.
    if (const taxa::ZipEntry* e = zip.findInFolder("data/" + r.storageKey)) {
        const std::string_view bytes = zip.bytes(*e);
        if (bytes.size() / size_t(taxa::dtypeSize(r.dtype)) < size_t(r.storageNumel)) return;
        volatile char sink = bytes.empty() ? 0 : bytes.back();
        (void)sink;
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    try {
        const taxa::ZipArchive zip(reinterpret_cast<const char*>(data), size, "weights.pt");
        zip.verify();
        for (const taxa::ZipEntry& e : zip.entries())
            if (e.dataOffset > size || e.size > size - e.dataOffset) __builtin_trap();
        const taxa::ZipEntry* pkl = zip.findInFolder("data.pkl");
        if (!pkl) return 0;
        for (const taxa::TensorRecord& r :
             taxa::parseStateDictPickle(zip.bytes(*pkl), "weights.pt"))
            checkRecord(zip, r);
    } catch (const taxa::Error&) {
    }
    return 0;
}
