#pragma once

#include <string_view>

namespace metodset::office::detail {

/// Receives the events of a streamed XML document. Element and attribute names arrive as local names
/// (namespace prefixes stripped), which is how OOXML producers differ most (`x:row` vs `row`).
class XmlEvents {
 public:
  virtual ~XmlEvents() = default;
  /// An element opens; `attributes` is expat's null-terminated name/value array.
  virtual void Start(std::string_view name, const char** attributes) = 0;
  /// An element closes.
  virtual void End(std::string_view name) = 0;
  /// Character data (may arrive in several pieces).
  virtual void Text(std::string_view text) = 0;
};

/// Streams `xml` through expat; false when it is not well-formed.
bool ParseXml(std::string_view xml, XmlEvents& events);
/// The value of the attribute with this local name, or an empty view.
std::string_view Attribute(const char** attributes, std::string_view local_name);

}  // namespace metodset::office::detail
