using System.Text.Json;
using System.Text.Json.Serialization;

namespace OneStop.Vocabulary;

/// <summary>Coded values travel as lower snake_case strings (e.g. in_person), never as numbers.</summary>
public sealed class SnakeCaseEnumConverter<T>() : JsonStringEnumConverter<T>(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false)
    where T : struct, Enum;
