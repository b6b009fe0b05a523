import { megabytes } from '../formats.js';
import type { CatalogueOf } from '../index.js';
import type { userImportEn } from '../user-import.js';

export const userImportPtBr = {
  'userImport.title': ({ kind }) => (kind === 'contacts' ? 'Importar contatos' : 'Importar usuários'),
  'userImport.noPermission': 'Você não tem permissão para importar usuários para este cliente.',
  'userImport.notConfigured': 'A importação não está conectada a um servidor.',

  'userImport.kind.legend': 'O que o arquivo contém?',
  'userImport.kind.users': 'Usuários',
  'userImport.kind.contacts': 'Contatos',

  'userImport.template.title': 'Comece pelo modelo',
  'userImport.template.hint':
    'A primeira linha dá nome às colunas (LASTNAME, FIRSTNAME, EMAIL…); em seguida vem uma linha de exemplo. A segunda planilha do XLSX explica cada coluna e os valores permitidos.',
  'userImport.template.xlsx': 'Baixar o modelo (XLSX)',
  'userImport.template.csv': 'Baixar o modelo (CSV)',
  'userImport.template.preparing': 'Preparando o modelo…',
  'userImport.template.fileName': ({ kind, format }) => `modelo-importacao-${kind === 'contacts' ? 'contatos' : 'usuarios'}.${format}`,
  'userImport.template.failed': 'Não foi possível preparar o modelo. Tente novamente.',

  'userImport.file.title': 'Seu arquivo',
  'userImport.file.hint': ({ maxBytes, maxRows }, t) =>
    `Solte aqui um arquivo CSV ou XLSX, ou escolha um: no máximo ${megabytes(maxBytes, t)} e ${t.number(maxRows)} linhas. Ele é lido no seu navegador; nada é enviado antes de você verificá-lo com o servidor.`,
  'userImport.file.choose': 'Escolher um arquivo…',
  'userImport.file.chooseAgain': 'Corrija o arquivo e escolha-o novamente…',
  'userImport.file.dragOver': 'Solte o arquivo para lê-lo.',
  'userImport.file.picked': ({ name }) => `Lendo ${name}.`,

  'userImport.refused.title': ({ name }) => `${name} não pode ser importado`,
  'userImport.refused.file_too_large': ({ max, found }, t) =>
    found !== undefined
      ? `O arquivo tem ${megabytes(found, t)}; o limite é ${megabytes(max, t)}. Divida-o em arquivos menores.`
      : `O arquivo excede o limite de ${megabytes(max, t)}. Divida-o em arquivos menores.`,
  'userImport.refused.too_many_rows': ({ max, found }, t) =>
    found !== undefined
      ? `O arquivo tem ${t.number(found)} linhas; no máximo ${t.number(max)} podem ser importadas de uma vez. Divida-o em arquivos menores.`
      : `O arquivo tem mais de ${t.number(max)} linhas, o máximo que pode ser importado de uma vez. Divida-o em arquivos menores.`,
  'userImport.refused.uncompressed_too_large': ({ max }, t) =>
    `Este arquivo XLSX descompactado passa de ${megabytes(max, t)}, por isso foi recusado (pode ser uma bomba zip). Salve-o novamente na sua planilha, ou como CSV.`,
  'userImport.refused.unreadable':
    'Não foi possível ler o arquivo: ele pode estar danificado ou protegido por senha. Salve-o novamente como XLSX ou CSV.',
  'userImport.refused.empty': 'O arquivo está vazio.',
  'userImport.refused.no_header':
    'Sem linha de cabeçalho: a primeira linha deve dar nome às colunas (LASTNAME, FIRSTNAME, EMAIL…). Comece pelo modelo.',
  'userImport.refused.blocked_by_page_policy':
    'A política de segurança desta página não permite iniciar o leitor de importação, então nenhum arquivo pode ser lido aqui. Avise a equipe do portal: o guia de segurança do kit diz o que permitir (a política Trusted Types suite-kit).',
  'userImport.refused.unsupported_format':
    'Somente arquivos CSV e XLSX podem ser importados. Salve o arquivo como XLSX ou CSV (não XLS, ODS nem Numbers).',
  'userImport.refused.context': 'Não foi possível carregar as agências e os pools de licenças usados para verificar as linhas.',

  'userImport.progress.reading': 'Lendo o arquivo…',
  'userImport.progress.parsing': 'Lendo as linhas…',
  'userImport.progress.validating': 'Verificando as linhas…',
  'userImport.progress.preparing': 'Carregando as agências e os pools de licenças…',
  'userImport.progress.value': ({ percent }, t) => t.number(percent / 100, { style: 'percent' }),
  'userImport.progress.rows': ({ done, total }, t) => `${t.number(done)} de ${t.number(total)} linhas`,
  'userImport.progress.cancel': 'Cancelar',
  'userImport.progress.cancelled': 'Cancelado: o arquivo não foi lido.',
  'userImport.progress.checking': 'Verificando com o servidor…',
  'userImport.progress.committing': 'Criando os usuários…',

  'userImport.result.title': ({ name }) => `Resultado de ${name}`,
  'userImport.result.read': ({ count }, t) => t.plural(count, { one: '# linha lida', other: '# linhas lidas' }),
  'userImport.result.ok': ({ count }, t) => t.plural(count, { one: '# linha pronta', other: '# linhas prontas' }),
  'userImport.result.withErrors': ({ count }, t) => t.plural(count, { one: '# linha com erros', other: '# linhas com erros' }),
  'userImport.result.announce': ({ read, ok, errors }, t) =>
    `${t.plural(read, { one: '# linha lida', other: '# linhas lidas' })}: ${t.plural(ok, { one: '# pronta', other: '# prontas' })}, ${t.plural(
      errors,
      { one: '# com erros', other: '# com erros' },
    )}.`,
  'userImport.result.byKind': 'Erros por tipo',
  'userImport.result.kindCount': ({ kind, count }, t) => `${kind}: ${t.number(count)}`,
  'userImport.result.format': ({ format, encoding, delimiter }) =>
    format === 'csv' ? `CSV, ${encoding}, colunas separadas por ${delimiter}` : 'XLSX, primeira planilha',
  'userImport.result.delimiter.comma': 'vírgulas',
  'userImport.result.delimiter.semicolon': 'ponto e vírgula',
  'userImport.result.delimiter.tab': 'tabulações',
  'userImport.headers.summary': ({ mapped, ignored }, t) =>
    `${t.plural(mapped, { one: '# coluna reconhecida', other: '# colunas reconhecidas' })}${
      ignored > 0 ? `, ${t.plural(ignored, { one: '# ignorada', other: '# ignoradas' })}` : ''
    }`,
  'userImport.headers.inFile': 'Cabeçalho no arquivo',
  'userImport.headers.column': 'Importado como',
  'userImport.headers.ignored': 'Ignorada',
  'userImport.headers.unknown': ({ names }) => `Colunas desconhecidas, ignoradas: ${names}`,
  'userImport.shortfall.title': 'Não há vagas para todos',
  'userImport.shortfall.item': ({ pool, needed, remaining }, t) =>
    `${pool}: ${t.plural(needed, { one: '# vaga necessária', other: '# vagas necessárias' })}, ${t.plural(remaining, { one: '# restante', other: '# restantes' })}.`,
  'userImport.shortfall.hint':
    'Os usuários importados ficam pendentes e só ocupam uma vaga depois de convidados: libere vagas ou compre licenças antes de convidar todos.',

  'userImport.detail.title': ({ count }, t) => t.plural(count, { one: '# problema a corrigir', other: '# problemas a corrigir' }),
  'userImport.detail.filterKind': 'Tipo de problema',
  'userImport.detail.filterColumn': 'Coluna',
  'userImport.detail.allKinds': 'Todos os tipos',
  'userImport.detail.allColumns': 'Todas as colunas',
  'userImport.detail.option': ({ label, count }, t) => `${label} (${t.number(count)})`,
  'userImport.detail.row': 'Linha',
  'userImport.detail.column': 'Coluna',
  'userImport.detail.value': 'Valor',
  'userImport.detail.problem': 'Problema',
  'userImport.detail.empty': '(vazio)',
  'userImport.detail.fromServer': 'encontrado pelo servidor',
  'userImport.detail.none': 'Nenhum problema corresponde a estes filtros.',
  'userImport.detail.caption': ({ from, to, total }, t) => `Problemas ${t.number(from)}–${t.number(to)} de ${t.number(total)}`,
  'userImport.detail.pages': 'Páginas de problemas',
  'userImport.detail.previous': 'Página anterior',
  'userImport.detail.next': 'Próxima página',
  'userImport.detail.download': ({ count }, t) =>
    t.plural(count, { one: 'Baixar este problema (CSV)', other: 'Baixar estes # problemas (CSV)' }),
  'userImport.detail.reportName': ({ name }) => `${name.replace(/\.[^.]*$/, '')}-problemas.csv`,
  'userImport.detail.csvRow': 'Linha',
  'userImport.detail.csvColumn': 'Coluna',
  'userImport.detail.csvValue': 'Valor',
  'userImport.detail.csvProblem': 'Problema',
  'userImport.detail.truncated': ({ shown, total }, t) =>
    `O servidor listou os primeiros ${t.number(shown)} dos ${t.number(total)} problemas encontrados: corrija-os e verifique novamente.`,

  'userImport.kindName.required': 'Célula obrigatória vazia',
  'userImport.kindName.invalid_email': 'E-mail inválido',
  'userImport.kindName.invalid_enum': 'Valor não permitido',
  'userImport.kindName.invalid_date': 'Data inválida',
  'userImport.kindName.invalid_login': 'Login inválido',
  'userImport.kindName.invalid_phone': 'Telefone inválido',
  'userImport.kindName.invalid_quota': 'Cota inválida',
  'userImport.kindName.too_long': 'Longo demais',
  'userImport.kindName.duplicate_in_file': 'Duplicado no arquivo',
  'userImport.kindName.duplicate_existing': 'Já usado neste cliente',
  'userImport.kindName.mobile_required_for_sms': 'Celular ausente para SMS',
  'userImport.kindName.owner_required': 'Dono ausente',
  'userImport.kindName.owner_unknown': 'Dono desconhecido',
  'userImport.kindName.unknown_agency': 'Agência desconhecida',
  'userImport.kindName.unknown_pool': 'Pool de licenças desconhecido',
  'userImport.kindName.seat_limit': 'Nenhuma vaga restante',
  'userImport.kindName.missing_column': 'Coluna ausente',
  'userImport.kindName.other': 'Outro',

  'userImport.cell.required': 'Obrigatória: esta célula está vazia.',
  'userImport.cell.invalid_email': 'Endereço de e-mail inválido (por exemplo nome@empresa.com.br).',
  'userImport.cell.invalid_enum': ({ allowed, format }) =>
    allowed !== undefined
      ? `Valor não permitido: use um dos valores ${allowed}.`
      : format !== undefined
        ? `Valor não permitido: formato esperado ${format}.`
        : 'Valor não permitido nesta coluna: veja a segunda planilha do modelo.',
  'userImport.cell.invalid_date': 'Data inválida: escreva dd/mm/aaaa, seguido opcionalmente de /hh:mm (01/04/2018/09:30).',
  'userImport.cell.invalid_login': 'Login inválido: somente letras, dígitos, pontos, hifens e sublinhados.',
  'userImport.cell.invalid_phone': 'Número de telefone inválido.',
  'userImport.cell.invalid_quota': 'Cota inválida: um número e uma unidade, por exemplo 500 MB ou 2 GB.',
  'userImport.cell.too_long': ({ max }, t) =>
    max !== undefined ? `Longo demais: no máximo ${t.number(Number(max))} caracteres.` : 'Longo demais para esta coluna.',
  'userImport.cell.duplicate_in_file': ({ firstRow }, t) =>
    firstRow !== undefined ? `Duplicado da linha ${t.number(Number(firstRow), { useGrouping: false })}.` : 'Duplicado de uma linha anterior do arquivo.',
  'userImport.cell.duplicate_existing': 'Já usado por um usuário deste cliente.',
  'userImport.cell.mobile_required_for_sms': 'Um número de celular é obrigatório quando a autenticação de dois fatores é por SMS.',
  'userImport.cell.owner_required': 'Um contato precisa do login do usuário dono dele.',
  'userImport.cell.owner_unknown': 'Nenhum usuário tem este login, nem neste cliente nem neste arquivo.',
  'userImport.cell.unknown_agency': ({ unknown, reason }) =>
    reason === 'agency_scoped'
      ? `Não é uma das suas agências${unknown !== undefined ? `: ${unknown}` : ''}.`
      : unknown !== undefined
        ? `Agência inexistente neste cliente: ${unknown}.`
        : 'Agência desconhecida, ou que não é sua.',
  'userImport.cell.unknown_pool': ({ unknown }) =>
    unknown !== undefined ? `Pool de licenças inexistente neste cliente: ${unknown}.` : 'Pool de licenças inexistente neste cliente.',
  'userImport.cell.seat_limit': 'Nenhuma vaga restante neste pool de licenças.',
  'userImport.cell.missing_column': ({ column }) =>
    `A coluna ${column} está ausente, ou vazia em todas as linhas: adicione-a (veja o modelo).`,

  'userImport.server.check': 'Verificar com o servidor',
  'userImport.server.checkAgain': 'Verificar novamente com o servidor',
  'userImport.server.checkHint': 'O servidor verifica as linhas novamente e encontra e-mails e logins já usados neste cliente.',
  'userImport.server.validated': ({ count }, t) =>
    t.plural(count, {
      one: 'O servidor não encontrou nenhum problema: # usuário está pronto para ser criado.',
      other: 'O servidor não encontrou nenhum problema: # usuários estão prontos para ser criados.',
    }),
  'userImport.server.invalid': ({ count }, t) =>
    t.plural(count, { one: 'O servidor encontrou problemas em # linha.', other: 'O servidor encontrou problemas em # linhas.' }),
  'userImport.server.fileErrorsFirst':
    'Nada é importado enquanto o arquivo tiver erros: todas as linhas são criadas, ou nenhuma. Corrija o arquivo e escolha-o novamente.',
  'userImport.server.noValidRow': 'Nenhuma linha está pronta: corrija o arquivo e escolha-o novamente.',
  'userImport.server.commit': ({ count }, t) =>
    t.plural(count, { one: 'Criar # usuário como pendente', other: 'Criar # usuários como pendentes' }),
  'userImport.server.commitHint': 'Os usuários são criados sem ser convidados; você os revisa e depois envia os convites.',
  'userImport.server.collisions':
    'Desde a verificação, alguns destes e-mails ou logins passaram a ser usados neste cliente: nada foi importado. Corrija o arquivo e escolha-o novamente.',
  'userImport.server.tooLarge': 'O servidor recusou o arquivo por ser grande demais: divida-o em arquivos menores.',
  'userImport.server.rejectedRows':
    'O servidor recusou algumas células: nada foi importado. Corrija-as no arquivo e escolha-o novamente.',
  'userImport.server.forbidden': 'Você não tem permissão para importar usuários para este cliente.',
  'userImport.server.alreadyCommitted': 'Esta importação já foi confirmada: os usuários dela existem.',
  'userImport.server.expired': 'O servidor não reconhece mais esta verificação: verifique novamente com o servidor.',
  'userImport.server.checkFailed': 'O servidor não conseguiu verificar o arquivo.',
  'userImport.server.commitFailed': 'Não foi possível criar os usuários.',
  'userImport.server.unknownOutcome': 'O servidor não confirmou. Tente novamente: a mesma solicitação é reenviada, nunca uma segunda importação.',

  'userImport.done.title': ({ count }, t) =>
    t.plural(count, { one: '# usuário criado como pendente', other: '# usuários criados como pendentes' }),
  'userImport.done.hint': 'Ninguém foi convidado ainda: revise os novos usuários na tabela e depois envie os convites.',
  'userImport.done.invite': 'Revisar e enviar convites',
  'userImport.done.another': 'Importar outro arquivo',
} satisfies CatalogueOf<typeof userImportEn>;
