using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace OneStop.Web.Setup;

/// <summary>
/// Ties a field to its error message for screen readers: the input gets aria-invalid and
/// aria-describedby pointing to the message, which gets a matching id (WCAG 3.3.1).
/// </summary>
[HtmlTargetElement("input", Attributes = "asp-for")]
[HtmlTargetElement("select", Attributes = "asp-for")]
[HtmlTargetElement("textarea", Attributes = "asp-for")]
public sealed class AriaInvalidTagHelper : TagHelper
{
    // Runs after the framework's tag helpers have written the id.
    public override int Order => 1000;

    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = null!;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        if (ViewContext.ModelState.TryGetValue(name, out var entry) && entry.Errors.Count > 0)
        {
            var id = TagBuilder.CreateSanitizedId(name, "_");
            output.Attributes.SetAttribute("aria-invalid", "true");
            var describedBy = output.Attributes["aria-describedby"]?.Value?.ToString();
            output.Attributes.SetAttribute("aria-describedby", string.IsNullOrEmpty(describedBy) ? $"{id}-error" : $"{describedBy} {id}-error");
        }
    }
}

[HtmlTargetElement("span", Attributes = "asp-validation-for")]
public sealed class ValidationMessageIdTagHelper : TagHelper
{
    public override int Order => 1000;

    [HtmlAttributeName("asp-validation-for")]
    public ModelExpression For { get; set; } = null!;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        output.Attributes.SetAttribute("id", TagBuilder.CreateSanitizedId(name, "_") + "-error");
    }
}
