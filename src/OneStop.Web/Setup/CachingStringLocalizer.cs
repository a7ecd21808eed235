using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace OneStop.Web.Setup;

/// <summary>
/// The resx localizers with a cache of looked-up texts per culture. ResourceManager.GetString takes
/// a process-wide lock on every call; a page of a few hundred rows asks for thousands of texts, and
/// under concurrent requests that lock was the Today page's largest contention (profiled). The
/// texts are compiled into the assembly, so the cache never goes stale.
/// </summary>
public sealed class CachingStringLocalizerFactory(IOptions<LocalizationOptions> options, Microsoft.Extensions.Logging.ILoggerFactory loggers) : IStringLocalizerFactory
{
    private readonly ResourceManagerStringLocalizerFactory inner = new(options, loggers);
    private readonly ConcurrentDictionary<Type, IStringLocalizer> byType = new();
    private readonly ConcurrentDictionary<(string, string), IStringLocalizer> byName = new();

    public IStringLocalizer Create(Type resourceSource) =>
        byType.GetOrAdd(resourceSource, t => new CachingStringLocalizer(inner.Create(t)));

    public IStringLocalizer Create(string baseName, string location) =>
        byName.GetOrAdd((baseName, location), k => new CachingStringLocalizer(inner.Create(k.Item1, k.Item2)));
}

/// <summary>Caches <c>this[name]</c> per UI culture; formatting with arguments uses the cached text.</summary>
internal sealed class CachingStringLocalizer(IStringLocalizer inner) : IStringLocalizer
{
    private readonly ConcurrentDictionary<(string Culture, string Name), LocalizedString> cache = new();

    public LocalizedString this[string name]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(name);
            return cache.GetOrAdd((CultureInfo.CurrentUICulture.Name, name), static (k, l) => l[k.Name], inner);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var text = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, text.Value, arguments), text.ResourceNotFound, text.SearchedLocation);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures);
}
