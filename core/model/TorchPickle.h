#pragma once
/// @file TorchPickle.h
/// @brief The pickle of a PyTorch state dict (data.pkl inside the zip that torch.save writes),
/// read and written without LibTorch. LibTorch's own unpickler turns the OrderedDict that
/// `model.state_dict()` is into None, and its pickler wraps dicts in a type tag that PyTorch
/// 2.6's `torch.load(weights_only=True)` refuses; this handles exactly the subset a state dict
/// needs (protocols 2 to 5: dicts, tuples, strings, numbers, _rebuild_tensor_v2, storages).

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace taxa {

/// @brief Where one tensor of a state dict lives.
struct TensorRecord {
    std::string name;        ///< e.g. "layer1.0.conv1.weight".
    std::string dtype;       ///< "float32", "float64", "float16", "bfloat16", "int64", ...
    std::string storageKey;  ///< Record "data/<key>" of the archive holds the storage.
    int64_t storageNumel = 0;
    int64_t offset = 0;  ///< In elements, into the storage.
    std::vector<int64_t> sizes, strides;
};

/// @brief Bytes per element of a dtype name; 0 for an unknown one.
int dtypeSize(const std::string& dtype);

/// @brief The tensors of the state dict pickled in @p pkl: a dict or OrderedDict of name ->
/// tensor (tensors saved as parameters too), or such a dict under "state_dict" or "model" of a
/// training checkpoint. Other entries are ignored. Throws taxa::Error naming @p label for
/// malformed or unsupported pickles, and for tensors that do not fit their storage.
std::vector<TensorRecord> parseStateDictPickle(std::string_view pkl, const std::string& label);

/// @brief A protocol-2 pickle of a plain dict of @p tensors, as torch.save would write it (the
/// storages go in records "data/<storageKey>" beside it).
std::string writeStateDictPickle(const std::vector<TensorRecord>& tensors);

}  // namespace taxa
