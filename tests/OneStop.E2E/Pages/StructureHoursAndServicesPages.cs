namespace OneStop.E2E.Pages;

/// <summary>/Structures/Hours/{id}: weekly intervals (one fieldset each) and dated exceptions.</summary>
public sealed class StructureHoursPage(IPage page) : SiteLayout(page)
{
    public async Task<StructureHoursPage> GotoAsync(int structureId)
    {
        var response = await Page.GotoAsync($"/Structures/Hours/{structureId.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        Assert.True(response?.Ok, $"/Structures/Hours/{structureId} answered {response?.Status}");
        return this;
    }

    public ILocator Interval(int number) => Page.GetByRole(AriaRole.Group, new() { Name = $"Διάστημα {number}", Exact = true });

    public ILocator Exception(int number) => Page.GetByRole(AriaRole.Group, new() { Name = $"Εξαίρεση {number}", Exact = true });

    public ILocator AddIntervalButton => Page.GetByRole(AriaRole.Button, new() { Name = "Προσθήκη διαστήματος", Exact = true });

    public ILocator AddExceptionButton => Page.GetByRole(AriaRole.Button, new() { Name = "Προσθήκη εξαίρεσης", Exact = true });

    public ILocator SaveButton => Page.GetByRole(AriaRole.Button, new() { Name = "Αποθήκευση", Exact = true });

    public ILocator ErrorSummary => Page.GetByRole(AriaRole.Alert);

    /// <summary>Adds an interval (the page posts back with one more row) and fills it.</summary>
    public async Task AddIntervalAsync(int number, string day, string opens, string closes)
    {
        await AddIntervalButton.ClickAsync();
        var row = Interval(number);
        await row.GetByLabel("Ημέρα", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = day });
        await row.GetByLabel("Ώρα έναρξης", new() { Exact = true }).FillAsync(opens);
        await row.GetByLabel("Ώρα λήξης", new() { Exact = true }).FillAsync(closes);
    }

    public async Task AddClosedDayAsync(int number, DateOnly date, string note)
    {
        await AddExceptionButton.ClickAsync();
        var row = Exception(number);
        await row.GetByLabel("Ημερομηνία", new() { Exact = true }).FillAsync(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await row.GetByLabel("Κλειστά όλη την ημέρα", new() { Exact = true }).CheckAsync();
        await row.GetByLabel("Σημείωση", new() { Exact = true }).FillAsync(note);
    }
}

/// <summary>/Structures/Services/{id}: the services by axis and the add/edit form.</summary>
public sealed class StructureServicesPage(IPage page) : SiteLayout(page)
{
    public async Task<StructureServicesPage> GotoAsync(int structureId)
    {
        var response = await Page.GotoAsync($"/Structures/Services/{structureId.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        Assert.True(response?.Ok, $"/Structures/Services/{structureId} answered {response?.Status}");
        return this;
    }

    public ILocator Name => Page.GetByLabel("Υπηρεσία", new() { Exact = true });

    public ILocator Description => Page.GetByLabel("Περιγραφή", new() { Exact = true });

    public ILocator Axis(string label) => Page.GetByRole(AriaRole.Radio, new() { Name = label });

    public ILocator SaveButton => Page.GetByRole(AriaRole.Button, new() { Name = "Αποθήκευση", Exact = true });

    public ILocator ServiceRow(string name) => Page.GetByRole(AriaRole.Row).Filter(new() { Has = Page.GetByRole(AriaRole.Rowheader, new() { Name = name, Exact = true }) });

    public async Task AddServiceAsync(string name, string axisLabel, string? description = null)
    {
        await Name.FillAsync(name);
        await Axis(axisLabel).CheckAsync();
        if (description is not null)
        {
            await Description.FillAsync(description);
        }

        await SaveButton.ClickAsync();
    }
}
