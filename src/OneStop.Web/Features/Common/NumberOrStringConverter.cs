using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OneStop.Web.Features.Common;

/// <summary>Reads a JSON number or string into a string (e.g. a municipality given by id or by name).</summary>
public sealed class NumberOrStringConverter : JsonConverter<string?>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.Number => reader.GetDecimal().ToString(CultureInfo.InvariantCulture),
        JsonTokenType.String => reader.GetString(),
        _ => throw new JsonException("Expected a number or a string."),
    };

    public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }
}
