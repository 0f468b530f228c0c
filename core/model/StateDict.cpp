#include "model/StateDict.h"

#include <caffe2/serialize/inline_container.h>
#include <torch/torch.h>

#include "model/Checkpoint.h"
#include "model/ResNet.h"
#include "model/TorchPickle.h"
#include "util/AtomicFile.h"
#include "util/Error.h"

namespace taxa {

namespace {

std::string dtypeName(torch::ScalarType t) {
    switch (t) {
        case torch::kFloat32:
            return "float32";
        case torch::kFloat64:
            return "float64";
        case torch::kFloat16:
            return "float16";
        case torch::kBFloat16:
            return "bfloat16";
        case torch::kInt64:
            return "int64";
        case torch::kInt32:
            return "int32";
        case torch::kUInt8:
            return "uint8";
        case torch::kBool:
            return "bool";
        default:
            throw Error(std::string("state dict export: unsupported type ") + c10::toString(t));
    }
}

// One storage per tensor, contiguous, under keys "0", "1", ... as torch.save numbers them.
TensorRecord recordOf(const std::string& name, const torch::Tensor& t, size_t key) {
    TensorRecord r;
    r.name = name;
    r.dtype = dtypeName(t.scalar_type());
    r.storageKey = std::to_string(key);
    r.storageNumel = t.numel();
    r.sizes = t.sizes().vec();
    r.strides = t.strides().vec();
    return r;
}

}  // namespace

ExportReport exportStateDict(const std::string& checkpoint, const std::string& out) {
    CheckpointFile file(checkpoint);
    const ModelConfig& config = file.meta().model;
    ResNet model(config);
    file.loadInto(*model, nullptr, config);
    // Parameters, then buffers (num_batches_tracked included, as torchvision has them):
    // load_state_dict matches by name, not by order.
    std::vector<std::pair<std::string, torch::Tensor>> tensors;
    for (const auto& item : model->named_parameters(/*recurse=*/true))
        tensors.emplace_back(item.key(), item.value().detach().cpu().contiguous());
    for (const auto& item : model->named_buffers(/*recurse=*/true))
        tensors.emplace_back(item.key(), item.value().detach().cpu().contiguous());
    std::vector<TensorRecord> records;
    for (size_t i = 0; i < tensors.size(); ++i)
        records.push_back(recordOf(tensors[i].first, tensors[i].second, i));

    // Our own pickle: LibTorch's pickle_save wraps dicts in a type tag that PyTorch >= 2.6's
    // torch.load(weights_only=True) refuses. The zip is LibTorch's, as torch.save writes it.
    std::string bytes;
    caffe2::serialize::PyTorchStreamWriter writer([&bytes](const void* p, size_t n) {
        bytes.append(static_cast<const char*>(p), n);
        return n;
    });
    const std::string pkl = writeStateDictPickle(records);
    writer.writeRecord("data.pkl", pkl.data(), pkl.size());
    writer.writeRecord("byteorder", "little", 6);
    for (size_t i = 0; i < tensors.size(); ++i)
        writer.writeRecord("data/" + records[i].storageKey, tensors[i].second.data_ptr(),
                           tensors[i].second.nbytes());
    writer.writeEndOfFile();
    writeFileAtomic(out, bytes);

    ExportReport report;
    report.tensors = static_cast<int64_t>(records.size());
    report.arch = config.arch;
    report.head = config.head;
    return report;
}

}  // namespace taxa
