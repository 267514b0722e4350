import { describe, expect, it } from 'vitest'
import { isPageWidget } from './find-page-widgets'

describe('isPageWidget', () => {
  it('reads a label of sharing, following or saving over a row of button names, in EN, PT and ES', () => {
    expect(isPageWidget('Pass it on: 💼 LinkedIn · 📧 Mail')).toBe(false)
    expect(isPageWidget('Share this vacancy: 💼 LinkedIn · 📧 Mail · 🔗 Copy link')).toBe(true)
    expect(isPageWidget('📣 Compartilhe: Telegram / LinkedIn / Copiar link')).toBe(true)
    expect(isPageWidget('Síguenos en: Instagram | TikTok | YouTube')).toBe(true)
  })

  it("keeps a sharing duty whose objects are work, and a list of tools under no widget's label", () => {
    expect(isPageWidget('Share findings: weekly reports, incident reviews')).toBe(false)
    expect(isPageWidget('Salesforce · HubSpot · Pipedrive')).toBe(false)
  })

  it("reads the employer's page card by its follower count or its follow button", () => {
    expect(isPageWidget('Sobre a empresa: Padaria Trigo Bom · 12.480 seguidores')).toBe(true)
    expect(isPageWidget('Ferretería Los Andes · 870 seguidores   + Seguir')).toBe(true)
    expect(isPageWidget('About the company: Marlow Joinery · 5k followers')).toBe(true)
    expect(isPageWidget('Grow our social accounts past 10,000 followers within a year.')).toBe(false)
  })

  it("reads an application form's mandatory fields, and a short line that ends on a button", () => {
    expect(isPageWidget('Nome completo *   E-mail *   Celular *')).toBe(true)
    expect(isPageWidget('Nombre *   Apellidos *   Teléfono')).toBe(true)
    expect(isPageWidget('Get new roles like this by email  [Set up alert]')).toBe(true)
    expect(isPageWidget('Recibe ofertas parecidas en tu correo [Crear alerta]')).toBe(true)
    expect(isPageWidget('Forklift licence * required')).toBe(false)
    expect(isPageWidget('Knowledge of Python [required]')).toBe(false)
  })

  it("reads a screening question's answer buttons, and keeps a line that asks", () => {
    expect(isPageWidget('Yes   No   Skip')).toBe(true)
    expect(isPageWidget('Sim · Não · Pular')).toBe(true)
    expect(isPageWidget('Sí No Omitir')).toBe(true)
    expect(isPageWidget('No smoking')).toBe(false)
    expect(isPageWidget('Yes to overtime')).toBe(false)
  })
})
