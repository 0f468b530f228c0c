#include "model/TorchPickle.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <memory>
#include <unordered_map>

#include "util/Error.h"

namespace taxa {

namespace {

// Storage classes torch.save names in its persistent ids, and their dtypes.
struct StorageType {
    const char* global;
    const char* dtype;
    int bytes;
};
constexpr StorageType kStorages[] = {
    {"torch.FloatStorage", "float32", 4}, {"torch.DoubleStorage", "float64", 8},
    {"torch.HalfStorage", "float16", 2},  {"torch.BFloat16Storage", "bfloat16", 2},
    {"torch.LongStorage", "int64", 8},    {"torch.IntStorage", "int32", 4},
    {"torch.ShortStorage", "int16", 2},   {"torch.CharStorage", "int8", 1},
    {"torch.ByteStorage", "uint8", 1},    {"torch.BoolStorage", "bool", 1}};

// Limits against hostile files: a state dict has thousands of values, not millions; its
// nesting is a few levels (a checkpoint's dict holding the state dict's dict of tensors).
// Each value costs about 90 bytes, so the value limit bounds the parser near 100 MB whatever
// the file declares.
constexpr size_t kMaxValues = 1'000'000;
constexpr size_t kMaxDepth = 1000;
constexpr size_t kMaxDims = 64;
constexpr size_t kMaxGlobalName = 512;

struct Value {
    enum class Kind {
        None,
        Bool,
        Int,
        Float,
        Str,
        Tuple,
        List,
        Dict,
        Global,
        Tensor,
        Storage,
        Object
    };
    Kind kind = Kind::None;
    uint32_t depth = 1;  ///< 1 + the deepest item's depth.
    int64_t i = 0;
    std::string s;                         ///< Str; Global's "module.name".
    std::vector<Value*> items;             ///< Tuple, List; Dict as key, value, key, value...
    std::unique_ptr<TensorRecord> tensor;  ///< Tensor; Storage (dtype, key, numel).
};

// Values live in an arena and refer to each other by plain pointers: freeing them is one flat
// loop, whatever the nesting (a million nested tuples once overflowed the stack through
// recursive destructors), and a list that the memo lets contain itself is no leak.
class Unpickler {
  public:
    Unpickler(std::string_view data, const std::string& label) : d_(data), label_(label) {}
    Value* run();

  private:
    [[noreturn]] void fail(const std::string& what) const {
        throw Error(label_ + ": unreadable state dict pickle: " + what + " (at byte " +
                    std::to_string(pos_) + ")");
    }
    const char* take(size_t n) {
        if (n > d_.size() - pos_) fail("unexpected end");
        const char* p = d_.data() + pos_;
        pos_ += n;
        return p;
    }
    uint64_t le(size_t n) {
        const auto* p = reinterpret_cast<const uint8_t*>(take(n));
        uint64_t v = 0;
        for (size_t k = n; k-- > 0;)
            v = (v << 8) | p[k];
        return v;
    }
    std::string line() {
        const size_t end = d_.find('\n', pos_);
        if (end == std::string_view::npos) fail("unterminated name");
        if (end - pos_ > kMaxGlobalName) fail("name too long");
        std::string s(d_.substr(pos_, end - pos_));
        pos_ = end + 1;
        return s;
    }
    Value* make(Value::Kind k) {
        if (arena_.size() >= kMaxValues) fail("too many values");
        arena_.push_back(std::make_unique<Value>());
        arena_.back()->kind = k;
        return arena_.back().get();
    }
    void push(Value* v) {
        if (stack_.size() >= kMaxValues) fail("too many values");
        stack_.push_back(v);
    }
    Value* pop() {
        if (stack_.size() <= floor()) fail("stack underflow");
        Value* v = stack_.back();
        stack_.pop_back();
        return v;
    }
    Value* top() {
        if (stack_.size() <= floor()) fail("stack underflow");
        return stack_.back();
    }
    size_t floor() const { return marks_.empty() ? 0 : marks_.back(); }
    std::vector<Value*> popToMark() {
        if (marks_.empty()) fail("no mark");
        std::vector<Value*> out(stack_.begin() + std::ptrdiff_t(marks_.back()), stack_.end());
        stack_.resize(marks_.back());
        marks_.pop_back();
        return out;
    }
    void pushInt(int64_t v) {
        Value* x = make(Value::Kind::Int);
        x->i = v;
        push(x);
    }
    void pushStr(size_t len) {
        const char* p = take(len);  // before allocating: the bytes must be there
        Value* x = make(Value::Kind::Str);
        x->s.assign(p, len);
        push(x);
    }
    // Items join a container only through here, so that the nesting stays bounded.
    void adopt(Value& c, Value* item) {
        if (item->depth >= kMaxDepth) fail("nested deeper than " + std::to_string(kMaxDepth));
        c.depth = std::max<uint32_t>(c.depth, item->depth + 1);
        c.items.push_back(item);
    }
    void pushSequence(Value::Kind k, const std::vector<Value*>& items) {
        Value* x = make(k);
        for (Value* v : items)
            adopt(*x, v);
        push(x);
    }
    void memoize(uint64_t index) {
        if (memo_.size() >= kMaxValues) fail("too many memo entries");
        memo_[index] = top();
    }
    Value* recall(uint64_t index) {
        const auto it = memo_.find(index);
        if (it == memo_.end()) fail("unknown memo entry");
        return it->second;
    }
    Value& container(Value::Kind kind) {
        Value& c = *top();
        if (c.kind != kind && !(kind == Value::Kind::Dict && c.kind == Value::Kind::Object))
            fail("items added to something that is not a container");
        return c;
    }
    void setItems(const std::vector<Value*>& kv) {
        if (kv.size() % 2) fail("odd number of dict items");
        Value& d = container(Value::Kind::Dict);
        for (Value* x : kv)
            adopt(d, x);
    }
    void op(uint8_t code);
    void reduce();
    void persistent();
    Value* tensorFrom(const std::vector<Value*>& args);
    std::vector<int64_t> ints(const Value* tuple);
    void checkView(const TensorRecord& t);
    void checkStorage(const TensorRecord& s);

    std::string_view d_;
    const std::string& label_;
    size_t pos_ = 0;
    std::vector<std::unique_ptr<Value>> arena_;
    std::vector<Value*> stack_;
    std::vector<size_t> marks_;
    std::unordered_map<uint64_t, Value*> memo_;
    /// Each storage key's dtype and size as first declared: one key is one record.
    std::unordered_map<std::string, std::pair<std::string, int64_t>> storages_;
};

std::vector<int64_t> Unpickler::ints(const Value* tuple) {
    if (tuple->kind != Value::Kind::Tuple || tuple->items.size() > kMaxDims)
        fail("tensor shape is not a tuple");
    std::vector<int64_t> out;
    for (const Value* x : tuple->items) {
        if (x->kind != Value::Kind::Int || x->i < 0) fail("tensor shape holds a non-size");
        out.push_back(x->i);
    }
    return out;
}

// A view must lie inside its storage and hold no more elements than the storage: a stride of
// 0 would otherwise let 500 bytes declare a tensor of gigabytes, which reading materialises.
// Sizes and strides are below 2^63, so each term below is under 2^126, and both sums stop
// growing once past the storage: nothing overflows 128 bits, whatever the dims.
void Unpickler::checkView(const TensorRecord& t) {
    if (t.sizes.size() != t.strides.size()) fail("tensor shape and strides differ");
    if (std::find(t.sizes.begin(), t.sizes.end(), 0) != t.sizes.end()) return;  // empty
    const __int128 storage = t.storageNumel;
    __int128 last = t.offset, numel = 1;
    for (size_t k = 0; k < t.sizes.size(); ++k) {
        last += __int128(t.sizes[k] - 1) * t.strides[k];
        if (last >= storage) fail("tensor reaches past its storage");
        numel = std::min(numel * t.sizes[k], storage + 1);
    }
    if (numel > storage)
        fail("tensor of more elements than its storage of " + std::to_string(t.storageNumel) +
             " (strides that overlap are not supported)");
}

// One storage record is one array: the same key declared with another dtype or size would
// make a view of the wrong bytes.
void Unpickler::checkStorage(const TensorRecord& s) {
    const auto [it, fresh] = storages_.try_emplace(s.storageKey, s.dtype, s.storageNumel);
    if (!fresh && it->second != std::make_pair(s.dtype, s.storageNumel))
        fail("storage " + s.storageKey + " declared as " + it->second.first + " x " +
             std::to_string(it->second.second) + " and as " + s.dtype + " x " +
             std::to_string(s.storageNumel));
}

// _rebuild_tensor_v2(storage, offset, size, stride, ...): checks that the view fits.
Value* Unpickler::tensorFrom(const std::vector<Value*>& args) {
    if (args.size() < 4 || args[0]->kind != Value::Kind::Storage ||
        args[1]->kind != Value::Kind::Int || args[1]->i < 0)
        fail("malformed tensor");
    Value* t = make(Value::Kind::Tensor);
    t->tensor = std::make_unique<TensorRecord>(*args[0]->tensor);
    t->tensor->offset = args[1]->i;
    t->tensor->sizes = ints(args[2]);
    t->tensor->strides = ints(args[3]);
    checkView(*t->tensor);
    return t;
}

void Unpickler::reduce() {
    Value* const args = pop();
    Value* const callable = pop();
    if (args->kind != Value::Kind::Tuple) fail("REDUCE without an argument tuple");
    const std::string& f = callable->s;
    if (callable->kind == Value::Kind::Global && f == "collections.OrderedDict")
        return push(make(Value::Kind::Dict));
    if (f == "torch._utils._rebuild_tensor_v2" || f == "torch._utils._rebuild_tensor")
        return push(tensorFrom(args->items));
    if ((f == "torch._utils._rebuild_parameter" ||
         f == "torch._utils._rebuild_parameter_with_state") &&
        !args->items.empty() && args->items[0]->kind == Value::Kind::Tensor)
        return push(args->items[0]);
    push(make(Value::Kind::Object));  // anything else is never a tensor of the dict
}

// BINPERSID: ('storage', torch.FloatStorage, key, location, numel).
void Unpickler::persistent() {
    const Value* pid = pop();
    if (pid->kind != Value::Kind::Tuple || pid->items.size() < 5 || pid->items[0]->s != "storage" ||
        pid->items[1]->kind != Value::Kind::Global || pid->items[4]->kind != Value::Kind::Int ||
        pid->items[4]->i < 0)
        fail("unsupported persistent id (not a tensor storage)");
    Value* s = make(Value::Kind::Storage);
    s->tensor = std::make_unique<TensorRecord>();
    TensorRecord& r = *s->tensor;
    for (const StorageType& st : kStorages)
        if (pid->items[1]->s == st.global) r.dtype = st.dtype;
    if (r.dtype.empty()) fail("unsupported storage type " + pid->items[1]->s);
    const Value* key = pid->items[2];
    r.storageKey = key->kind == Value::Kind::Int ? std::to_string(key->i) : key->s;
    if (r.storageKey.empty() || r.storageKey.size() > kMaxGlobalName ||
        r.storageKey.find_first_of("/\\.") != std::string::npos)
        fail("bad storage key");
    r.storageNumel = pid->items[4]->i;
    checkStorage(r);
    push(s);
}

void Unpickler::op(uint8_t code) {
    using K = Value::Kind;
    switch (code) {
        case 0x80:
            take(1);
            break;  // PROTO
        case 0x95:
            take(8);
            break;  // FRAME
        case '(':
            marks_.push_back(stack_.size());
            break;
        case '}':
            push(make(K::Dict));
            break;
        case ']':
            push(make(K::List));
            break;
        case ')':
            push(make(K::Tuple));
            break;
        case 'N':
            push(make(K::None));
            break;
        case 0x88:
        case 0x89: {  // NEWTRUE, NEWFALSE
            Value* b = make(K::Bool);
            b->i = code == 0x88;
            push(b);
            break;
        }
        case 'K':
            pushInt(int64_t(le(1)));
            break;
        case 'M':
            pushInt(int64_t(le(2)));
            break;
        case 'J':
            pushInt(int32_t(uint32_t(le(4))));
            break;
        case 0x8a: {  // LONG1: little-endian two's complement of n bytes
            const size_t n = size_t(le(1));
            if (n > 8) fail("integer too large");
            uint64_t v = n ? le(n) : 0;
            if (n && n < 8 && (v >> (8 * n - 1)) & 1) v |= ~uint64_t(0) << (8 * n);
            pushInt(int64_t(v));
            break;
        }
        case 'G':
            take(8);
            push(make(K::Float));
            break;  // the value is never needed
        case 'X':
        case 'T':
        case 'B':
            pushStr(size_t(le(4)));
            break;
        case 0x8c:
        case 'U':
        case 'C':
            pushStr(size_t(le(1)));
            break;
        case 0x8d:
        case 0x8e:
            pushStr(size_t(le(8)));
            break;
        case 'c': {
            Value* g = make(K::Global);
            g->s = line();
            g->s += "." + line();
            push(g);
            break;
        }
        case 0x93: {  // STACK_GLOBAL
            const Value* name = pop();
            const Value* module = pop();
            if (module->s.size() + name->s.size() > kMaxGlobalName) fail("name too long");
            Value* g = make(K::Global);
            g->s = module->s + "." + name->s;
            push(g);
            break;
        }
        case 'q':
            memoize(le(1));
            break;
        case 'r':
            memoize(le(4));
            break;
        case 0x94:
            memoize(memo_.size());
            break;
        case 'h':
            push(recall(le(1)));
            break;
        case 'j':
            push(recall(le(4)));
            break;
        case 't':
            pushSequence(K::Tuple, popToMark());
            break;
        case 'l':
            pushSequence(K::List, popToMark());
            break;
        case 0x85:
        case 0x86:
        case 0x87: {
            std::vector<Value*> items(size_t(code - 0x84));
            for (size_t k = items.size(); k-- > 0;)
                items[k] = pop();
            pushSequence(K::Tuple, items);
            break;
        }
        case 'd': {  // DICT (protocol 0/1): the items since the mark
            auto kv = popToMark();
            if (kv.size() % 2) fail("odd number of dict items");
            pushSequence(K::Dict, kv);
            break;
        }
        case 'a': {
            Value* v = pop();
            adopt(container(K::List), v);
            break;
        }
        case 'e': {
            auto items = popToMark();
            for (Value* v : items)
                adopt(container(K::List), v);
            break;
        }
        case 's': {
            Value* v = pop();
            Value* k = pop();
            setItems({k, v});
            break;
        }
        case 'u':
            setItems(popToMark());
            break;
        case 'R':
            reduce();
            break;
        case 0x81: {  // NEWOBJ: cls.__new__(cls, *args)
            pop();
            const Value* cls = pop();
            push(make(cls->s == "collections.OrderedDict" ? K::Dict : K::Object));
            break;
        }
        case 'b':
            pop();
            break;  // BUILD: the object's attributes (a state dict's _metadata)
        case 'Q':
            persistent();
            break;
        default: {
            char hex[8];
            std::snprintf(hex, sizeof hex, "0x%02x", code);
            fail(std::string("unsupported pickle opcode ") + hex);
        }
    }
}

Value* Unpickler::run() {
    while (pos_ < d_.size()) {
        const uint8_t code = static_cast<uint8_t>(*take(1));
        if (code == '.') {
            if (stack_.size() != 1 || !marks_.empty()) fail("stack not empty at STOP");
            return stack_.back();
        }
        op(code);
    }
    fail("no STOP");
}

// Writes the opcodes of a protocol-2 pickle.
class Pickler {
  public:
    std::string out = std::string("\x80\x02", 2);
    void op(char c) { out += c; }
    void raw(uint64_t v, int bytes) {
        for (int k = 0; k < bytes; ++k)
            out += static_cast<char>((v >> (8 * k)) & 0xFF);
    }
    void str(const std::string& s) {
        op('X');
        raw(s.size(), 4);
        out += s;
    }
    void integer(int64_t v) {
        if (v >= 0 && v < 256) {
            op('K');
            raw(uint64_t(v), 1);
        } else if (v >= std::numeric_limits<int32_t>::min() &&
                   v <= std::numeric_limits<int32_t>::max()) {
            op('J');
            raw(uint64_t(uint32_t(int32_t(v))), 4);
        } else {
            op('\x8a');
            raw(8, 1);
            raw(uint64_t(v), 8);
        }
    }
    void global(const char* module, const char* name) {
        op('c');
        out += std::string(module) + "\n" + name + "\n";
    }
    void tuple(const std::vector<int64_t>& xs) {
        op('(');
        for (int64_t x : xs)
            integer(x);
        op('t');
    }
    // torch._utils._rebuild_tensor_v2(storage, offset, size, stride, False, OrderedDict())
    void tensor(const TensorRecord& t) {
        global("torch._utils", "_rebuild_tensor_v2");
        op('(');
        op('(');
        str("storage");
        const StorageType* type = nullptr;
        for (const StorageType& st : kStorages)
            if (t.dtype == st.dtype) type = &st;
        if (!type) throw Error("state dict: no storage type for dtype " + t.dtype);
        const std::string g = type->global;
        global("torch", g.substr(6).c_str());
        str(t.storageKey);
        str("cpu");
        integer(t.storageNumel);
        op('t');
        op('Q');  // BINPERSID
        integer(t.offset);
        tuple(t.sizes);
        tuple(t.strides);
        op('\x89');  // requires_grad False
        global("collections", "OrderedDict");
        op(')');
        op('R');
        op('t');
        op('R');
    }
};

}  // namespace

std::string writeStateDictPickle(const std::vector<TensorRecord>& tensors) {
    Pickler p;
    p.op('}');
    if (!tensors.empty()) {
        p.op('(');
        for (const TensorRecord& t : tensors) {
            p.str(t.name);
            p.tensor(t);
        }
        p.op('u');
    }
    p.op('.');
    return p.out;
}

int dtypeSize(const std::string& dtype) {
    for (const StorageType& st : kStorages)
        if (dtype == st.dtype) return st.bytes;
    return 0;
}

namespace {

int64_t elements(const TensorRecord& t) {
    int64_t n = 1;
    for (int64_t size : t.sizes)
        n *= size;  // checkView bounded it by the storage's numel
    return n;
}

// Reading clones each tensor out of its storage. Names may share a storage (tied weights), but
// a file whose tensors add up to many times its storages would make a small file allocate
// without bound; storages themselves are checked against the bytes present when read.
void checkTotal(const std::vector<TensorRecord>& tensors, const std::string& label) {
    std::unordered_map<std::string, int64_t> storageBytes;
    __int128 tensorBytes = 0;
    for (const TensorRecord& t : tensors) {
        storageBytes[t.storageKey] = t.storageNumel * dtypeSize(t.dtype);
        tensorBytes += __int128(elements(t)) * dtypeSize(t.dtype);
    }
    __int128 stored = 0;
    for (const auto& entry : storageBytes)
        stored += entry.second;
    if (tensorBytes > 4 * stored + (1 << 20))
        throw Error(label + ": unreadable state dict pickle: its tensors repeat their " +
                    std::to_string(int64_t(stored)) + " bytes of storage more than 4 times");
}

}  // namespace

std::vector<TensorRecord> parseStateDictPickle(std::string_view pkl, const std::string& label) {
    Unpickler unpickler(pkl, label);
    const Value* root = unpickler.run();
    for (int level = 0; level < 2 && root->kind == Value::Kind::Dict; ++level) {
        std::vector<TensorRecord> out;
        const Value* nested = nullptr;
        for (size_t k = 0; k + 1 < root->items.size(); k += 2) {
            const Value& key = *root->items[k];
            const Value* value = root->items[k + 1];
            if (key.kind != Value::Kind::Str) continue;
            if (value->kind == Value::Kind::Tensor) {
                out.push_back(*value->tensor);
                out.back().name = key.s;
            } else if ((key.s == "state_dict" || key.s == "model") &&
                       value->kind == Value::Kind::Dict) {
                nested = value;
            }
        }
        if (!out.empty()) {
            checkTotal(out, label);
            return out;
        }
        if (!nested) break;
        root = nested;  // a training checkpoint holding the state dict
    }
    throw Error(label + ": the pickle holds no dict of named tensors");
}

}  // namespace taxa
