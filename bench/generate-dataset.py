#!/usr/bin/env python3
# Copyright 2026 The Secteurs authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes a synthetic dataset in the format of docs/dataset.md.

The benchmarks need directories the size of Quebec's whole social economy
(about 11 000 enterprises) and ten times more. The text is French-looking,
with accents, ligatures and typographic apostrophes, in realistic lengths:
descriptions of 500 to 1500 characters, 2 to 4 issues among 30, 3 to 15
partners drawn from a shared index of organisations, some of which take part
in many sectors. The same --seed always writes the same bytes.

Usage: generate-dataset.py --sectors N [--seed S] [--indent K] -o FILE
"""

import argparse
import itertools
import json
import random
import sys
import unicodedata

ISSUE_LABELS = [
    # The bundled dataset's issues...
    "Pénurie de main-d’œuvre",
    "Inégalités socioéconomiques",
    "Économie de proximité",
    "Développement économique régional",
    "Démarrage, accompagnement et croissance d’entreprises collectives",
    "Vieillissement de la population",
    "Transfert d’entreprise",
    "Autonomie alimentaire",
    "Économie circulaire et environnement",
    "Démarrage et reprise d’entreprise",
    "Vitalité des collectivités",
    "Développement durable",
    "Gestion des matières résiduelles",
    "Économie circulaire et développement durable",
    "Intégration des personnes handicapées à la société",
    "Offre de services adaptés",
    "Soutien aux proches aidants",
    "Développement économique des Premières Nations",
    "Immobilier abordable",
    # ...and others a whole directory would add.
    "Logement communautaire",
    "Culture et patrimoine",
    "Mobilité durable",
    "Transition énergétique",
    "Petite enfance et familles",
    "Persévérance scolaire",
    "Sécurité alimentaire",
    "Accès aux soins de proximité",
    "Inclusion numérique",
    "Tourisme durable",
    "Agriculture urbaine",
]

# Regions, written with the article French gives them, then towns.
REGIONS = [
    "l’Abitibi-Témiscamingue", "le Bas-Saint-Laurent", "la Capitale-Nationale",
    "le Centre-du-Québec", "la Chaudière-Appalaches", "la Côte-Nord",
    "l’Estrie", "la Gaspésie", "les Îles-de-la-Madeleine", "Lanaudière",
    "les Laurentides", "la Mauricie", "la Montérégie", "le Nord-du-Québec",
    "l’Outaouais", "le Saguenay–Lac-Saint-Jean",
]
TOWNS = [
    "Laval", "Montréal", "Rimouski", "Trois-Rivières", "Sherbrooke",
    "Gatineau", "Saguenay", "Lévis", "Drummondville", "Saint-Jérôme", "Granby",
    "Rouyn-Noranda", "Val-d’Or", "Sept-Îles", "Baie-Comeau", "Matane", "Gaspé",
    "Joliette", "Victoriaville", "Saint-Hyacinthe", "Shawinigan", "Alma",
    "Roberval", "Dolbeau-Mistassini", "Chicoutimi", "Magog", "Thetford Mines",
    "Montmagny", "La Pocatière", "Rivière-du-Loup", "Amos", "La Tuque",
    "Mont-Laurier", "Sainte-Agathe-des-Monts", "Lac-Mégantic", "Coaticook",
    "Beauceville", "Saint-Georges", "Sorel-Tracy", "Salaberry-de-Valleyfield",
    "Châteauguay", "Longueuil", "Terrebonne", "Repentigny", "Mascouche",
    "Blainville", "Mirabel", "Boucherville", "Chambly", "Cowansville",
    "Bromont", "Nicolet", "Bécancour", "Louiseville", "Portneuf",
    "Baie-Saint-Paul", "La Malbaie", "Tadoussac", "Havre-Saint-Pierre",
    "Chibougamau", "Kuujjuaq", "Mashteuiatsh", "Wendake", "Percé",
    "Carleton-sur-Mer", "New Richmond", "Chandler", "Amqui",
    "Témiscouata-sur-le-Lac", "Pohénégamook", "Trois-Pistoles", "Kamouraska",
    "Sainte-Anne-des-Monts", "Québec", "Saint-Félicien", "Métabetchouan",
    "Les Escoumins", "Fermont", "Lac-Etchemin", "Sainte-Marie", "Plessisville",
    "Îles-de-Boucherville", "Écorces", "Upton", "Yamachiche",
]
PLACES = REGIONS + TOWNS

# Fields of activity, after « en ».
THEMES = [
    "alimentation", "habitation", "économie sociale", "culture",
    "environnement", "employabilité", "petite enfance", "loisir", "tourisme",
    "récupération", "agriculture", "foresterie", "insertion",
    "entrepreneuriat collectif", "mobilité", "énergie", "numérique", "santé",
    "éducation populaire", "arts de la scène", "aide à domicile",
    "commerce équitable", "finance solidaire", "œuvres de bienfaisance",
]

ORGANISATION_KINDS = [
    "Coopérative de solidarité", "Coopérative de travail",
    "Coopérative de producteurs", "Corporation de développement communautaire",
    "Corporation de développement économique communautaire",
    "Centre d’action bénévole", "Entreprise d’insertion",
    "Fédération des coopératives", "Regroupement des organismes",
    "Table de concertation", "Carrefour jeunesse-emploi",
    "Société de développement", "Fondation", "Réseau", "Association",
    "Comité sectoriel", "Conseil régional", "Chambre de commerce",
    "Municipalité régionale de comté", "Office municipal d’habitation",
    "Caisse Desjardins", "Université du Québec", "Cégep",
    "Centre de services scolaire", "Pôle d’économie sociale",
    "Fonds d’emprunt", "Groupe de ressources techniques",
]

SECTOR_KINDS = [
    "Coopérative alimentaire", "Épicerie solidaire", "Ressourcerie",
    "Friperie communautaire", "Centre de la petite enfance",
    "Café-théâtre coopératif", "Atelier de réparation de vélos",
    "Entreprise d’aide à domicile", "Cuisine collective",
    "Jardin communautaire", "Coopérative d’habitation", "Ferme coopérative",
    "Marché public", "Imprimerie coopérative", "Radio communautaire",
    "Centre de tri", "Boulangerie coopérative", "Librairie coopérative",
    "Auberge de jeunesse", "Salle de spectacle communautaire",
    "Service de covoiturage", "Coopérative funéraire", "Coopérative de santé",
    "Quincaillerie coopérative", "Cinéma coopératif", "Microbrasserie coopérative",
    "Centre de plein air", "Coopérative forestière", "Écocentre communautaire",
    "Garderie coopérative", "Atelier de menuiserie", "Boutique d’économie sociale",
    "Fablab coopératif", "Traiteur solidaire", "Œuvre de bienfaisance",
]

PROPER_NAMES = [
    "La Mauve", "Le Grenier", "L’Éclaircie", "Le Ralliement", "La Ruche",
    "Les Affamés", "Le Pignon bleu", "La Grande Ourse", "Le Phare",
    "La Fabrique", "L’Étincelle", "Le Chaînon", "La Bouée", "L’Arrimage",
    "Le Tournesol", "La Maisonnée", "L’Alliance", "Le Carrefour", "La Vigne",
    "Le Rucher", "L’Envolée", "La Boussole", "Le Sentier", "L’Îlot",
    "Les Jardins d’Hélène", "Le Cœur du village", "La Source", "L’Érablière",
    "Le Moulin", "La Passerelle", "Les Artisans", "Le Quai", "La Débrouille",
]

PARTNER_GROUPS = [
    "Milieu municipal", "Milieu de l’éducation", "Milieu autochtone",
    "Associations patronales", "Partenaires financiers", "Milieu communautaire",
    "Milieu de la santé et des services sociaux",
]

FIRST_NAMES = [
    "Hélène", "François", "Mélanie", "Jérôme", "Geneviève", "Stéphane",
    "Émilie", "André", "Josée", "Benoît", "Chloé", "Félix", "Gaëlle", "Noémie",
    "Zoé", "Loïc", "Anaïs", "Maxime", "Sébastien", "Valérie", "Marie-Ève",
    "Jean-François", "Amélie", "Étienne", "Frédérique", "Raphaël", "Léa",
    "Élodie", "Mathieu", "Caroline", "Nathalie", "Sylvain", "Isabelle",
    "Marc-André", "Ève", "Judith", "Rosalie", "Océane", "Thérèse", "Réjean",
    "Ghislain", "Gaétan", "Régis", "Noël", "Aurélie", "Médérik", "Maëlle",
]

LAST_NAMES = [
    "Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin",
    "Lavoie", "Fortin", "Gagné", "Ouellet", "Pelletier", "Bélanger",
    "Lévesque", "Bergeron", "Leblanc", "Paquette", "Girard", "Simard",
    "Boucher", "Caron", "Beaulieu", "Cloutier", "Dubé", "Poirier", "Fournier",
    "Lapointe", "Leclerc", "Lefebvre", "Poulin", "Thibault", "St-Pierre",
    "Nadeau", "Martin", "Landry", "Martel", "Bédard", "Grenier", "Lessard",
    "Bernier", "Richard", "Michaud", "Hébert", "Desjardins", "Couture",
    "Turcotte", "Lachance", "Parent", "Blais", "Gosselin", "Savard", "Proulx",
    "Beaudoin", "Demers", "Perreault", "Boudreau", "Lemieux", "Mercier",
    "Vézina", "Thériault", "Désilets", "Séguin", "Brûlé", "Fréchette",
    "Gélinas", "O’Neill",
]

# Sentence material for descriptions.
SUBJECTS = [
    "Le projet", "L’entreprise", "La coopérative", "L’organisme",
    "Cette initiative", "Le regroupement", "L’équipe", "Le comité de pilotage",
    "La démarche", "Le réseau de partenaires", "Chaque membre",
    "La communauté locale",
]
VERBS = [
    "vise à renforcer", "permet d’accroître", "soutient", "favorise",
    "contribue à consolider", "s’engage à développer", "cherche à améliorer",
    "propose de mutualiser", "accompagne", "réunit", "met en valeur",
    "facilite", "encourage", "structure", "privilégie",
]
OBJECTS = [
    "l’accès à une alimentation saine et abordable",
    "la création d’emplois durables", "l’autonomie des aînés",
    "la mise en commun des ressources", "l’offre de services de proximité",
    "la réinsertion socioprofessionnelle", "la vitalité des quartiers",
    "la réduction des matières résiduelles", "le réemploi des biens",
    "la participation citoyenne", "l’économie circulaire",
    "la reprise collective d’entreprises", "la formation de la main-d’œuvre",
    "le logement abordable", "la mobilité active", "la transition écologique",
    "l’inclusion des personnes handicapées", "la sécurité alimentaire",
    "le patrimoine bâti", "la culture de proximité", "l’agriculture urbaine",
    "l’entraide entre générations", "l’efficacité énergétique des bâtiments",
    "les circuits courts", "l’accueil des personnes immigrantes",
]
COMPLEMENTS = [
    "dans l’ensemble de la région", "auprès des familles à faible revenu",
    "en collaboration avec les municipalités", "grâce à un modèle coopératif",
    "au cœur du village", "dans une perspective de développement durable",
    "pour les personnes éloignées du marché du travail",
    "avec l’appui des partenaires du milieu", "à l’échelle du Québec",
    "en milieu rural comme en milieu urbain",
    "selon les principes de l’économie sociale",
    "dans le respect des savoirs autochtones", "d’ici la fin de l’année",
    "en s’appuyant sur l’expertise des membres",
]
CONNECTORS = [
    "De plus,", "Par ailleurs,", "Ainsi,", "En outre,", "À terme,",
    "Dès la première année,", "Concrètement,", "Enfin,",
]
LIST_ITEMS = [
    "Diagnostic des besoins du milieu", "Consultation des membres",
    "Élaboration d’un plan d’affaires", "Recherche de financement",
    "Aménagement des locaux", "Embauche et formation du personnel",
    "Lancement des activités", "Évaluation des retombées sociales",
    "Mise en place d’un comité de suivi", "Création d’une plateforme numérique",
    "Organisation d’une journée portes ouvertes",
    "Signature d’ententes avec les fournisseurs locaux",
    "Acquisition d’équipements écoénergétiques",
    "Reddition de comptes aux bailleurs de fonds",
]

PROGRAMME = {
    "title": "Secteurs stratégiques d’économie sociale soutenus",
    "introduction": "Répertoire synthétique produit pour les bancs d’essai de Secteurs : "
                    "ces entreprises, organismes et personnes n’existent pas.",
    "information": {
        "heading": "Pour plus d’information",
        "name": "Direction de l’entrepreneuriat collectif – Économie sociale",
        "street": "710, place D’Youville, 7e étage",
        "locality": "Québec (Québec)",
        "postal_code": "G1R 4Y4",
        "phone": "418 691-5698",
        "toll_free": "1 866 680-1884",
        "email": "economie.sociale@economie.gouv.qc.ca",
    },
}

MIN_DESCRIPTION, MAX_DESCRIPTION = 500, 1500


def ascii_fold(text):
    text = text.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


STOP_WORDS = {"a", "au", "aux", "d", "de", "des", "du", "en", "et", "l", "la", "le", "les"}


def slug(text, limit=64):
    """Lowercase ASCII words but the small ones, joined by single hyphens,
    at most limit long: « Pénurie de main-d’œuvre » → penurie-main-doeuvre."""
    words, word = [], []
    for c in ascii_fold(text).lower():
        if c.isascii() and c.isalnum():
            word.append(c)
        elif c in "’'":
            # Elisions go: « d’entreprise » → entreprise.
            if len(word) == 1:
                word = []
        elif word:
            words.append("".join(word))
            word = []
    if word:
        words.append("".join(word))
    words = [w for w in words if w not in STOP_WORDS] or words
    result = ""
    for w in words:
        candidate = w if not result else result + "-" + w
        if len(candidate) > limit:
            break
        result = candidate
    return result


def acronym(name):
    skip = {"de", "du", "des", "la", "le", "les", "en", "et", "d", "l", "à", "aux"}
    letters = []
    for word in name.replace("’", " ").replace("-", " ").split():
        if word.lower() not in skip:
            letters.append(ascii_fold(word[0]).upper())
    return "".join(letters) if len(letters) >= 2 else None


def zipf_cumulative_weights(n, exponent, rng):
    """Cumulative weights for random.choices(), in a random order of ranks:
    a few items are picked far more often than the rest."""
    weights = [1.0 / (rank + 1) ** exponent for rank in range(n)]
    rng.shuffle(weights)
    return list(itertools.accumulate(weights))


class Generator:
    def __init__(self, n_sectors, seed):
        self.rng = random.Random(seed)
        self.n_sectors = n_sectors
        self.issues = [{"id": slug(label), "label": label} for label in ISSUE_LABELS]
        # A few issues are far more common than others, as in real data.
        self.issue_weights = zipf_cumulative_weights(len(self.issues), 0.9, self.rng)
        self.organisations = self.make_organisations(max(40, n_sectors // 5))
        self.organisation_weights = zipf_cumulative_weights(len(self.organisations), 0.8,
                                                            self.rng)
        self.used_organisations = {}  # id → index entry, in order of first use
        self.sector_ids = set()

    def make_organisations(self, count):
        rng = self.rng
        names = set()
        organisations = []
        while len(organisations) < count:
            kind = rng.choice(ORGANISATION_KINDS)
            if rng.random() < 0.6:
                name = f"{kind} {self.of_place(rng.choice(PLACES))}"
            else:
                name = f"{kind} en {rng.choice(THEMES)}"
            if name in names:
                # Directories do hold near-homonyms: tell them apart by place.
                name = f"{name} {self.of_place(rng.choice(PLACES))}"
                if name in names:
                    name = f"{name} ({len(organisations) + 1})"
            names.add(name)
            entry = {"id": slug(name, 24).rstrip("-") + "-" + base36(len(organisations)),
                     "name": name}
            if rng.random() < 0.4 and (short := acronym(name)) is not None:
                entry["acronym"] = short
            organisations.append(entry)
        return organisations

    @staticmethod
    def of_place(place):
        """« de la Mauricie », « du Bas-Saint-Laurent », « d’Alma »."""
        for article, contracted in (("le ", "du "), ("les ", "des "), ("Les ", "des "),
                                    ("la ", "de la "), ("l’", "de l’")):
            if place.startswith(article):
                return contracted + place[len(article):]
        if ascii_fold(place[0]) in "AEIOU":
            return "d’" + place
        return "de " + place

    def mention(self, organisation):
        rng = self.rng
        self.used_organisations.setdefault(organisation["id"], organisation)
        text = organisation["name"]
        if "acronym" in organisation and rng.random() < 0.7:
            text += f" ({organisation['acronym']})"
        elif rng.random() < 0.05:
            text += f" – bureau {self.of_place(rng.choice(PLACES))}"
        return {"organisation": organisation["id"], "text": text}

    def sentence(self):
        rng = self.rng
        words = [rng.choice(SUBJECTS), rng.choice(VERBS), rng.choice(OBJECTS)]
        if rng.random() < 0.7:
            words.append(rng.choice(COMPLEMENTS))
        if rng.random() < 0.3:
            words.append("et " + rng.choice(OBJECTS))
        text = " ".join(words) + "."
        if rng.random() < 0.35:
            text = rng.choice(CONNECTORS) + " " + text[0].lower() + text[1:]
        return text

    def description(self):
        """Blocks of 500 to 1500 characters in all, sometimes with a list."""
        rng = self.rng
        # Most descriptions are short: the mean, about 920 characters, is the
        # bundled sectors' mean.
        target = round(rng.triangular(MIN_DESCRIPTION, MAX_DESCRIPTION, 600))
        blocks = []
        paragraph = []
        total = 0
        with_list = rng.random() < 0.3
        while total < target:
            if with_list and paragraph and target / 2 < total < MAX_DESCRIPTION - 300:
                paragraph.append("Les étapes prévues sont les suivantes :")
                text = " ".join(paragraph)
                blocks.append({"type": "paragraph", "text": text})
                items = rng.sample(LIST_ITEMS, rng.randint(2, 5))
                blocks.append({"type": "list", "items": items})
                total += len("Les étapes prévues sont les suivantes :") + 1 + sum(map(len, items))
                paragraph = []
                with_list = False
                continue
            sentence = self.sentence()
            if total + len(sentence) + 1 > MAX_DESCRIPTION:
                if total >= MIN_DESCRIPTION:
                    break
                sentence = sentence[: MAX_DESCRIPTION - total - 2].rstrip() + "."
            paragraph.append(sentence)
            total += len(sentence) + 1
            if len(paragraph) >= rng.randint(3, 6):
                blocks.append({"type": "paragraph", "text": " ".join(paragraph)})
                paragraph = []
        if paragraph:
            blocks.append({"type": "paragraph", "text": " ".join(paragraph)})
        return blocks

    def contact(self, sector_slug):
        rng = self.rng
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        local = f"{slug(first)}.{slug(last)}".replace("-", ".")
        domain = slug(sector_slug, 40) or "cooperative"
        tld = rng.choice(["qc.ca", "org", "coop", "ca"])
        return {"name": f"{first} {last}", "email": f"{local}@{domain}.{tld}"}

    def sector(self, index):
        rng = self.rng
        title = rng.choice(SECTOR_KINDS)
        if rng.random() < 0.6:
            title += " " + rng.choice(PROPER_NAMES)
        title += " " + self.of_place(rng.choice(PLACES))
        sector_id = slug(title, 57) + "-" + base36(index)
        assert sector_id not in self.sector_ids and len(sector_id) <= 64
        self.sector_ids.add(sector_id)

        project = None
        if rng.random() < 0.15:
            project = rng.choice(["Cultiver l’avenir", "Ensemble, plus loin",
                                  "Nourrir notre monde", "Le virage vert",
                                  "Bâtir autrement", "Cœur de quartier"])

        n_issues = rng.randint(2, 4)
        chosen = set()
        while len(chosen) < n_issues:
            chosen.add(rng.choices(range(len(self.issues)), cum_weights=self.issue_weights)[0])
        issues = []
        for i in sorted(chosen):
            label = self.issues[i]["label"]
            text = label + (" du Québec" if rng.random() < 0.1 else "")
            issues.append({"issue": self.issues[i]["id"], "text": text})

        # Most sectors have a few partners; the mean, 8, is the bundled one.
        n_partners = round(rng.triangular(3, 15, 6))
        picked = []
        seen = set()
        while len(picked) < n_partners + 1:
            organisation = rng.choices(self.organisations, cum_weights=self.organisation_weights)[0]
            if organisation["id"] not in seen:
                seen.add(organisation["id"])
                picked.append(organisation)
        lead = self.mention(picked[0])
        partners = []
        members = [self.mention(o) for o in picked[1:]]
        if len(members) >= 4 and rng.random() < 0.15:
            n_grouped = rng.randint(2, min(4, len(members) - 1))
            group = {"group": rng.choice(PARTNER_GROUPS), "members": members[-n_grouped:]}
            if rng.random() < 0.3:
                group["etc"] = True
            partners = members[:-n_grouped] + [group]
        else:
            partners = members

        return {
            "id": sector_id,
            "title": title,
            "project": project,
            "issues": issues,
            "description": self.description(),
            "lead": lead,
            "partners": partners,
            "contact": self.contact(sector_id),
        }

    def dataset(self):
        sectors = [self.sector(i) for i in range(self.n_sectors)]
        used_issues = {entry["issue"] for s in sectors for entry in s["issues"]}
        return {
            "format_version": 1,
            "programme": PROGRAMME,
            # Like the bundled file, the indexes hold only what sectors use.
            "issues": [i for i in self.issues if i["id"] in used_issues],
            "organisations": list(self.used_organisations.values()),
            "sectors": sectors,
        }


def base36(number):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    text = ""
    while True:
        number, digit = divmod(number, 36)
        text = digits[digit] + text
        if number == 0:
            return text


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sectors", type=int, required=True, help="how many sectors")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--indent", type=int, default=0,
                        help="indentation; 0 (default) writes compact JSON")
    parser.add_argument("-o", "--output", required=True, help="file to write, - for stdout")
    args = parser.parse_args()
    if args.sectors < 1:
        parser.error("--sectors must be at least 1")

    data = Generator(args.sectors, args.seed).dataset()
    if args.indent > 0:
        text = json.dumps(data, ensure_ascii=False, indent=args.indent)
    else:
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))

    if args.output == "-":
        sys.stdout.write(text + "\n")
    else:
        with open(args.output, "w", encoding="utf-8") as out:
            out.write(text + "\n")


if __name__ == "__main__":
    main()
