#include "platform/http/json_writer.hpp"

#include <array>
#include <charconv>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace metodset::http {

void JsonWriter::BeforeValue() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!has_items_.empty()) {
    if (has_items_.back()) out_ += ',';
    has_items_.back() = true;
  }
}

namespace {

// Bytes that need escaping in a JSON string: control characters, '"' and '\'.
constexpr std::array<bool, 256> kNeedsEscape = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 0x20; ++c) table[c] = true;
  table['"'] = true;
  table['\\'] = true;
  return table;
}();

// Index of the first byte at or after `i` that needs escaping, or `size`.
std::size_t FirstToEscape(const char* data, std::size_t size, std::size_t i) {
#if defined(__SSE2__)
  // Sixteen bytes at a time: a byte needs escaping when it is ≤ 0x1F, '"' or '\\'.
  const __m128i quote = _mm_set1_epi8('"');
  const __m128i backslash = _mm_set1_epi8('\\');
  const __m128i control = _mm_set1_epi8(0x1F);
  for (; i + 16 <= size; i += 16) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + i));
    __m128i hits = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)),
                                _mm_cmpeq_epi8(_mm_max_epu8(v, control), control));
    if (int mask = _mm_movemask_epi8(hits); mask != 0) return i + static_cast<std::size_t>(__builtin_ctz(mask));
  }
#else
  // Eight plain bytes at a time: none below 0x20, none '"' (0x22), none '\\' (0x5C).
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
  auto has_zero = [](std::uint64_t x) { return (x - kOnes) & ~x & kHigh; };
  for (; i + 8 <= size; i += 8) {
    std::uint64_t w;
    std::memcpy(&w, data + i, 8);
    std::uint64_t below_space = (w - kOnes * 0x20) & ~w & kHigh;
    if (below_space | has_zero(w ^ (kOnes * '"')) | has_zero(w ^ (kOnes * '\\'))) break;
  }
#endif
  while (i < size && !kNeedsEscape[static_cast<unsigned char>(data[i])]) ++i;
  return i;
}

}  // namespace

void JsonWriter::Escaped(std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  const char* data = text.data();
  const std::size_t size = text.size();
  std::size_t i = FirstToEscape(data, size, 0);
  if (i == size) [[likely]] {
    // Nothing to escape (the usual case): quotes and text in one append.
    const std::size_t at = out_.size();
    out_.resize(at + size + 2);
    char* p = out_.data() + at;
    p[0] = '"';
    std::memcpy(p + 1, data, size);
    p[size + 1] = '"';
    return;
  }
  out_ += '"';
  std::size_t run = 0;
  for (; i < size; i = FirstToEscape(data, size, i + 1)) {
    auto c = static_cast<unsigned char>(data[i]);
    out_.append(data + run, i - run);
    run = i + 1;
    switch (c) {
      case '"':
        out_ += "\\\"";
        break;
      case '\\':
        out_ += "\\\\";
        break;
      case '\n':
        out_ += "\\n";
        break;
      case '\r':
        out_ += "\\r";
        break;
      case '\t':
        out_ += "\\t";
        break;
      default:
        out_ += "\\u00";
        out_ += kHex[c >> 4];
        out_ += kHex[c & 0xF];
    }
  }
  out_.append(data + run, size - run);
  out_ += '"';
}

JsonWriter& JsonWriter::BeginObject() {
  BeforeValue();
  out_ += '{';
  has_items_.push_back(false);
  return *this;
}

JsonWriter& JsonWriter::EndObject() {
  out_ += '}';
  has_items_.pop_back();
  return *this;
}

JsonWriter& JsonWriter::BeginArray() {
  BeforeValue();
  out_ += '[';
  has_items_.push_back(false);
  return *this;
}

JsonWriter& JsonWriter::EndArray() {
  out_ += ']';
  has_items_.pop_back();
  return *this;
}

JsonWriter& JsonWriter::Key(std::string_view key) {
  BeforeValue();
  Escaped(key);
  out_ += ':';
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::String(std::string_view value) {
  BeforeValue();
  Escaped(value);
  return *this;
}

JsonWriter& JsonWriter::Int(std::int64_t value) {
  BeforeValue();
  char buf[24];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
  out_.append(buf, end);
  return *this;
}

JsonWriter& JsonWriter::Bool(bool value) {
  BeforeValue();
  out_ += value ? "true" : "false";
  return *this;
}

JsonWriter& JsonWriter::Null() {
  BeforeValue();
  out_ += "null";
  return *this;
}

JsonWriter& JsonWriter::String(const std::optional<std::string>& value) {
  return value ? String(std::string_view(*value)) : Null();
}

JsonWriter& JsonWriter::Int(const std::optional<std::int64_t>& value) { return value ? Int(*value) : Null(); }

JsonWriter& JsonWriter::Strings(const std::vector<std::string>& values) {
  BeginArray();
  for (const auto& v : values) String(std::string_view(v));
  return EndArray();
}

}  // namespace metodset::http
