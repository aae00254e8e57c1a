#pragma once

#include <string_view>
#include <vector>

namespace metodset::office::detail {

/// A template from templates/docx compiled into the binary: its file name without `.xml` and its text.
struct EmbeddedTemplate {
  std::string_view name;
  std::string_view xml;
};

/// All embedded templates, sorted by name (defined in the generated docx_templates.cpp).
const std::vector<EmbeddedTemplate>& EmbeddedDocxTemplates();

}  // namespace metodset::office::detail
