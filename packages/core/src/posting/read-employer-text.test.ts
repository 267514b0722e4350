import { describe, expect, it } from 'vitest'
import { announcesRoleForWork, describesEmployer, introducesAskedList } from './read-employer-text'

describe('describesEmployer', () => {
  it.each([
    'Harbor Lane Bakery opened its first shop in 1994 and now runs 12 stores across the county.',
    'We build accounting tools used by 40,000 businesses, and we need someone to keep our mobile app fast.',
    'Twenty years later we have 9 clinics and a waiting list every winter.',
    'A Padaria Estrela Dourada surgiu em 1988 e hoje atende mais de 200 restaurantes na região.',
    'Tercera generación familiar, 90 empleados y oficinas en 6 países.',
    'At Kestrel Freight we are rebuilding how shippers book a truck, and by spring we want most bookings to take a minute.',
    'Founded in 1985, Millbrook Dairy has grown to 300 employees.',
    'Fundada em 1990, a Rede Sol tem hoje 45 lojas.',
    'Today we serve more than 12,000 patients a year across 6 clinics.',
    'O Hospital São Lucas, em Natal, atende 40 mil pacientes por ano.',
    'Store Manager · Fenwick Outdoor · Bristol · £32,000 · Save · Fenwick Outdoor opened in 1991 and now runs 18 shops.',
    'Presencia en 14 países y 2.000 colaboradores.',
    'En Ferretería Los Andes llevamos treinta años vendiendo al por mayor, y hoy el mostrador tiene sala de espera propia.',
    'Na Oficina Boa Vista levamos vinte anos consertando motos, e a fila de espera só cresce.',
    'Founded in 1972, Alder Joinery has 40 staff and a backlog of the value of two years.',
  ])('reads the employer telling its history or size: %s', (sentence) => {
    expect(describesEmployer(sentence)).toBe(true)
  })

  it.each([
    'Founded in 2001, we need someone with 4 years of payroll experience.',
    'Somos uma rede com 15 lojas e precisamos de alguém com CNH categoria B.',
    'Hace 20 años abrimos nuestra primera clínica y valoramos a quien hable catalán.',
    'Our studio has grown to 30 people, and you must have shipped a console title.',
    'Currently enrolled in a nursing program with graduation between May 2025 and June 2026.',
    'Since 2003 we have grown to 25 staff, and we need a bilingual receptionist for the front desk.',
    'Somos um escritório com 12 profissionais e precisamos de uma contadora registrada no CRC.',
    'Managed 12 stores and 300 employees across 4 countries.',
    'SAP FICO since 2015 at an advanced level',
    'Our ideal candidate has managed 3 stores and 40 employees.',
    'Nuestro candidato ideal ha liderado 2 tiendas con 30 personas.',
    'Hace 15 años abrimos el taller y esperamos a alguien con licencia de soldador.',
    'Desde 1998 atendemos 3 mil clientes, e a empresa espera domínio de Excel.',
  ])('keeps a sentence that asks something of the candidate: %s', (sentence) => {
    expect(describesEmployer(sentence)).toBe(false)
  })
})

describe('announcesRoleForWork', () => {
  it.each([
    'Consultorio dental busca asistente para atender pacientes en horario de tarde.',
    'Escritório de advocacia procura recepcionista para organizar a agenda dos sócios.',
    'Local print shop is looking for a helper to run the folding machine on weekdays.',
    'Nosso cliente, uma rede de farmácias do interior, procura farmacêutico para assumir a gerência de uma loja.',
  ])('reads a role announced with the work it is for: %s', (sentence) => {
    expect(announcesRoleForWork(sentence)).toBe(true)
  })

  it.each([
    'Hotel busca recepcionista con inglés avanzado para atender huéspedes.',
    'Clínica procura enfermeira que tenha experiência em UTI para cobrir plantões.',
    'The candidate needs to operate a forklift safely.',
  ])('keeps an announcement that says what the person needs: %s', (sentence) => {
    expect(announcesRoleForWork(sentence)).toBe(false)
  })
})

describe('introducesAskedList', () => {
  it.each([
    'Transportes Serra Verde Ltda., com 30 anos de estrada no transporte de cargas pesadas, contrata:',
    'Northwind Roofing, a family business serving three counties since 1979, is looking for:',
    'Panificadora La Espiga, con más de 40 años horneando para toda la ciudad, requiere:',
  ])('reads a company paragraph that ends by requiring: %s', (line) => {
    expect(introducesAskedList(line)).toBe(true)
  })

  it('does not read a description of duties as heading a list of asks', () => {
    expect(introducesAskedList('Transportes Serra Verde atua com cargas pesadas em todo o Sul:')).toBe(false)
  })
})
