using System.Reflection;
using Microsoft.Extensions.Localization;

namespace OneStop.Web;

/// <summary>The texts of a fields class: the resource its [TextResource] names, then the shared texts.
/// Forms (data-annotations localisation), the API and the offline sync all validate through it.</summary>
public static class ModelTexts
{
    /// <summary>The localizer for a model: its area's texts first, then the shared ones.</summary>
    public static IStringLocalizer ForModel(IStringLocalizerFactory factory, Type modelType)
    {
        var area = (modelType.GetCustomAttribute<TextResourceAttribute>() ?? modelType.DeclaringType?.GetCustomAttribute<TextResourceAttribute>())?.Resource;
        var shared = factory.Create(typeof(SharedResource));
        return area is null ? shared : new CompositeStringLocalizer(factory.Create(area), shared);
    }
}

/// <summary>Looks a text up in the first localizer that has it.</summary>
internal sealed class CompositeStringLocalizer(params IStringLocalizer[] localizers) : IStringLocalizer
{
    public LocalizedString this[string name] => Find(name, l => l[name]);

    public LocalizedString this[string name, params object[] arguments] => Find(name, l => l[name, arguments]);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        localizers.SelectMany(l => l.GetAllStrings(includeParentCultures));

    private LocalizedString Find(string name, Func<IStringLocalizer, LocalizedString> get)
    {
        foreach (var localizer in localizers)
        {
            var value = get(localizer);
            if (!value.ResourceNotFound)
            {
                return value;
            }
        }

        return get(localizers[^1]);
    }
}
