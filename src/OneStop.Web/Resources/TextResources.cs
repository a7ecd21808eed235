namespace OneStop.Web;

// Marker types for the UI texts in Resources/<Name>.resx (English) and <Name>.el.resx (Greek).
// Add or change texts with scripts/text.py so that both languages stay in step.

/// <summary>Layout, navigation, common buttons and validation messages.</summary>
public sealed class SharedResource;

/// <summary>Sign-in, two-factor, account pages.</summary>
public sealed class AccountResource;

/// <summary>Structures, hours, accessibility, services, regulation.</summary>
public sealed class StructuresResource;

/// <summary>Users, roles, reference lists, audit log.</summary>
public sealed class AdminResource;

/// <summary>Points a model (an InputModel or API request) to the texts of its area.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class TextResourceAttribute(Type resource) : Attribute
{
    public Type Resource { get; } = resource;
}
