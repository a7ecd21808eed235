using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace OneStop.Web.Setup;

/// <summary>Model-binding messages ("the value 'x' is not valid …") in the user's language.</summary>
internal sealed class ModelBindingMessages(IStringLocalizerFactory factory) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        var l = factory.Create(typeof(SharedResource));
        var m = options.ModelBindingMessageProvider;
        m.SetValueMustNotBeNullAccessor(_ => l["ValueRequired"]);
        m.SetMissingBindRequiredValueAccessor(_ => l["ValueRequired"]);
        m.SetMissingKeyOrValueAccessor(() => l["ValueRequired"]);
        m.SetMissingRequestBodyRequiredValueAccessor(() => l["ValueRequired"]);
        m.SetAttemptedValueIsInvalidAccessor((value, field) => l["ValueInvalid", value, field]);
        m.SetNonPropertyAttemptedValueIsInvalidAccessor(value => l["ValueInvalid", value, ""]);
        m.SetUnknownValueIsInvalidAccessor(field => l["ValueInvalid", "", field]);
        m.SetNonPropertyUnknownValueIsInvalidAccessor(() => l["ValueInvalid", "", ""]);
        m.SetValueIsInvalidAccessor(value => l["ValueInvalid", value, ""]);
        m.SetValueMustBeANumberAccessor(field => l["MustBeNumber", field]);
        m.SetNonPropertyValueMustBeANumberAccessor(() => l["MustBeNumber", ""]);
    }
}
